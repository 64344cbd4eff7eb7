package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Field names in OpenSearch query DSL and aggregations (a Vega request body, a filter pill's query):
 * the member names of field-keyed queries ({"term": {"status": 200}}), every {"field": name} (an
 * aggregation's, exists') and the fields of query_string queries.
 */
final class QueryDslFields {
    /** Query DSL clauses whose member names are index fields. */
    private static final Set<String> FIELD_KEYED_QUERIES = Set.of("term", "terms", "match", "match_phrase",
            "match_phrase_prefix", "match_bool_prefix", "range", "prefix", "wildcard", "regexp", "fuzzy");
    /** Options that field-keyed queries allow beside the field ({"terms": {"f": [..], "boost": 2}}). */
    private static final Set<String> CLAUSE_OPTIONS = Set.of("boost", "_name");

    private final ObjectFields fields;
    private final String index;
    private final String language;

    QueryDslFields(ObjectFields fields, String index, String language) {
        this.fields = fields;
        this.index = index;
        this.language = language;
    }

    /** Adds the fields under {@code node}; {@code parentKey} is the member that holds it, or null. */
    void walk(JsonNode node, String path, String parentKey) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.path(i), path + "[" + i + "]", parentKey);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            JsonNode value = member.getValue();
            String memberPath = path + "." + key;
            if ("field".equals(key) && value.isTextual()) {
                fields.add(memberPath, value.textValue(), role(parentKey), parentKey, index, language);
            } else if (isFieldKeyedQuery(key, value)) {
                fieldKeys(value, memberPath, key);
            } else if ("query_string".equals(key) && value.path("query").isTextual()) {
                fields.lucene(value.get("query").textValue(), memberPath + ".query", index);
            } else {
                walk(value, memberPath, key);
            }
        }
    }

    /** "terms" and "range" are also aggregations; those name their field in a "field" member instead. */
    private static boolean isFieldKeyedQuery(String key, JsonNode value) {
        return FIELD_KEYED_QUERIES.contains(key) && value.isObject() && !value.path("field").isTextual();
    }

    private void fieldKeys(JsonNode clause, String path, String query) {
        for (Iterator<String> names = clause.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CLAUSE_OPTIONS.contains(name)) {
                fields.add(path + "." + name, name, "range".equals(query) ? FieldRole.RANGE : FieldRole.FILTER,
                        query, index, language);
            }
        }
    }

    /** {"exists": {"field": f}} tests a field; any other {"agg": {"field": f}} aggregates or groups by it. */
    private static FieldRole role(String parentKey) {
        if ("exists".equals(parentKey)) {
            return FieldRole.EXISTS;
        }
        return "date_histogram".equals(parentKey) ? FieldRole.TIME : FieldRole.AGGREGATION;
    }
}
