package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.HjsonParser;
import dev.otelint.assets.query.QuerySyntaxException;

/**
 * A Vega spec (HJSON): only what is sent to OpenSearch counts. Per {@code data[].url}: its
 * {@code index}, {@code %timefield%}, and the fields of its search {@code body} ({@link QueryDslFields}).
 * Vega's own datum fields (transforms, encodings) are never index fields.
 */
final class VegaFields {
    private VegaFields() {}

    static void extract(ObjectFields fields, JsonNode spec, String path) {
        if (!spec.isTextual()) {
            return;
        }
        JsonNode root;
        try {
            root = HjsonParser.parse(spec.textValue());
        } catch (QuerySyntaxException e) {
            fields.querySyntax(path, "Vega (HJSON)", e);
            return;
        }
        JsonNode data = root.path("data");
        if (data.isObject()) {
            url(fields, data.path("url"), path + ".data.url");
        }
        for (int i = 0; i < data.size() && data.isArray(); i++) {
            url(fields, data.path(i).path("url"), path + ".data[" + i + "].url");
        }
    }

    private static void url(ObjectFields fields, JsonNode url, String path) {
        if (!url.isObject()) {
            return;
        }
        String index = url.path("index").asText(null);
        // Both name the date field the dashboard's time range filters on; %context_query% is the legacy form.
        for (String timeKey : new String[] {"%timefield%", "%context_query%"}) {
            if (url.path(timeKey).isTextual()) {
                fields.add(path + "." + timeKey, url.get(timeKey).textValue(), FieldRole.TIME, null, index, "vega");
            }
        }
        new QueryDslFields(fields, index, "vega").body(url.path("body"), path + ".body");
    }
}
