package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates of one {@link SchemaSet} installed in OpenSearch plus one index (or data stream)
 * created from them, named after the index template's first pattern.
 */
final class IndexUnderTest implements AutoCloseable {

    // Harness-only settings: they speed up indexing and never change whether a document is accepted.
    private static final String CREATE_INDEX_BODY =
            "{\"settings\":{\"index.number_of_replicas\":0,\"index.translog.durability\":\"async\"}}";

    private final OpenSearchClient os;
    private final SchemaSet schemas;
    private final String name;

    private IndexUnderTest(OpenSearchClient os, SchemaSet schemas) {
        this.os = os;
        this.schemas = schemas;
        this.name = schemas.firstIndexPattern().replace("*", "otelint");
    }

    /** PUT _component_template/<name> for each component, then PUT _index_template/<name>, then the index. */
    static IndexUnderTest install(OpenSearchClient os, SchemaSet schemas) {
        for (SchemaSet.TemplateFile component : schemas.componentTemplates()) {
            os.putOrFail("/_component_template/" + component.name(), component.text());
        }
        SchemaSet.TemplateFile index = schemas.indexTemplate();
        os.putOrFail("/_index_template/" + index.name(), index.text());
        IndexUnderTest created = new IndexUnderTest(os, schemas);
        created.create();
        return created;
    }

    String name() {
        return name;
    }

    Verdict index(int record, String json) {
        // data streams take op_type=create only
        String path = "/" + name + (schemas.createsDataStream() ? "/_create/" : "/_doc/") + record;
        OpenSearchClient.Response r = os.put(path, json);
        if (r.ok()) {
            return Verdict.accepted(record);
        }
        if (r.status() == 400) {
            return Verdict.rejected(record, r.json());
        }
        throw new IllegalStateException("PUT " + path + " answered HTTP " + r.status() + ": " + r.body());
    }

    /**
     * Indexes all records in one _bulk request, in order. Unlike {@link IsolatedJudge}, a record sees
     * the fields that earlier records added to the mapping.
     */
    List<Verdict> bulk(List<String> records) {
        // data streams take op_type=create only
        String action = schemas.createsDataStream() ? "{\"create\":{}}\n" : "{\"index\":{}}\n";
        StringBuilder body = new StringBuilder();
        records.forEach(r -> body.append(action).append(r).append('\n'));
        OpenSearchClient.Response r = os.bulk("/" + name + "/_bulk", body.toString());
        if (!r.ok()) {
            throw new IllegalStateException("POST /" + name + "/_bulk answered HTTP " + r.status() + ": " + r.body());
        }
        List<Verdict> verdicts = new ArrayList<>(records.size());
        for (JsonNode item : r.json().path("items")) {
            JsonNode result = item.elements().next();
            int record = verdicts.size() + 1;
            verdicts.add(result.has("error") ? Verdict.rejected(record, result) : Verdict.accepted(record));
        }
        return verdicts;
    }

    /** How many documents the index holds once refreshed. */
    long count() {
        os.post("/" + name + "/_refresh", null);
        return os.getOrFail("/" + name + "/_count").json().path("count").asLong();
    }

    /** index.mapping.total_fields.limit, as set by the templates or OpenSearch's default. */
    long totalFieldsLimit() {
        String key = "index.mapping.total_fields.limit";
        JsonNode index = os.getOrFail("/" + name + "/_settings?include_defaults=true&flat_settings=true")
                .json().elements().next();
        JsonNode value = index.path("settings").has(key) ? index.path("settings").get(key) : index.path("defaults").path(key);
        if (!value.isTextual() && !value.isNumber()) {
            throw new IllegalStateException(name + " has no " + key + " setting: " + index);
        }
        return Long.parseLong(value.asText());
    }

    /** The index's mappings as JSON text, without the (backing) index name around them. */
    String mapping() {
        return os.getOrFail("/" + name + "/_mapping").json().elements().next().path("mappings").toString();
    }

    /** Starts over with an index that holds nothing but what the templates define. */
    void recreate() {
        drop();
        create();
    }

    @Override
    public void close() {
        drop();
        os.deleteOrFail("/_index_template/" + schemas.indexTemplate().name());
        List<SchemaSet.TemplateFile> components = schemas.componentTemplates();
        for (int i = components.size() - 1; i >= 0; i--) {
            os.deleteOrFail("/_component_template/" + components.get(i).name());
        }
    }

    private void create() {
        if (schemas.createsDataStream()) {
            os.putOrFail("/_data_stream/" + name, null);
        } else {
            os.putOrFail("/" + name, CREATE_INDEX_BODY);
        }
    }

    private void drop() {
        os.deleteOrFail((schemas.createsDataStream() ? "/_data_stream/" : "/") + name);
    }
}
