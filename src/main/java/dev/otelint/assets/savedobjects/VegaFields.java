package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.HjsonParser;
import dev.otelint.assets.query.QuerySyntaxException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A Vega spec (HJSON): only what is sent to OpenSearch counts. Per {@code data[].url}: its
 * {@code index}, {@code %timefield%}, and inside {@code body} the {@code field} of aggregations and the
 * field keys of term-level and full-text queries. Vega's own datum fields are never index fields.
 */
final class VegaFields {
    /** Query DSL clauses whose member names are index fields: {"term": {"status": 200}}. */
    private static final Set<String> FIELD_KEYED_QUERIES = Set.of("term", "terms", "match", "match_phrase",
            "match_phrase_prefix", "range", "prefix", "wildcard", "regexp", "fuzzy");

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
        if (url.path("%timefield%").isTextual()) {
            fields.add(path + ".%timefield%", url.get("%timefield%").textValue(), FieldRole.TIME, null, index,
                    "vega");
        }
        walk(fields, url.path("body"), path + ".body", null, index);
    }

    private static void walk(ObjectFields fields, JsonNode node, String path, String parentKey, String index) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(fields, node.path(i), path + "[" + i + "]", parentKey, index);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            String memberPath = path + "." + key;
            if ("field".equals(key) && member.getValue().isTextual()) {
                fields.add(memberPath, member.getValue().textValue(), role(parentKey), parentKey, index, "vega");
            } else if (isFieldKeyedQuery(key, member.getValue())) {
                fieldKeys(fields, member.getValue(), memberPath, key, index);
            } else if ("query_string".equals(key) && member.getValue().path("query").isTextual()) {
                fields.lucene(member.getValue().get("query").textValue(), memberPath + ".query", index);
            } else {
                walk(fields, member.getValue(), memberPath, key, index);
            }
        }
    }

    /** "terms" and "range" are also aggregations; those name their field in a "field" member instead. */
    private static boolean isFieldKeyedQuery(String key, JsonNode value) {
        return FIELD_KEYED_QUERIES.contains(key) && value.isObject() && !value.path("field").isTextual();
    }

    private static void fieldKeys(ObjectFields fields, JsonNode clause, String path, String query, String index) {
        for (Iterator<String> names = clause.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // "boost" and "_name" are options of the clause, not fields (terms queries allow them beside the field).
            if (!name.equals("boost") && !name.equals("_name")) {
                fields.add(path + "." + name, name, "range".equals(query) ? FieldRole.RANGE : FieldRole.FILTER,
                        query, index, "vega");
            }
        }
    }

    /** {"exists": {"field": f}} tests a field; any other {"agg": {"field": f}} aggregates or groups by it. */
    private static FieldRole role(String parentKey) {
        if ("exists".equals(parentKey)) {
            return FieldRole.EXISTS;
        }
        if ("date_histogram".equals(parentKey)) {
            return FieldRole.TIME;
        }
        return FieldRole.AGGREGATION;
    }
}
