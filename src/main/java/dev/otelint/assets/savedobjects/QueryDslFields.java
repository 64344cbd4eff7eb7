package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.PainlessDocReads;
import dev.otelint.assets.query.QueryField;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Field names in an OpenSearch search body (a Vega request, a filter pill's query): the member names of
 * field-keyed queries ({"term": {"status": 200}}), every {"field": name} (an aggregation's, exists'),
 * the fields of query_string queries, the {@code _source} / {@code fields} / {@code docvalue_fields}
 * lists, {@code sort}, and the {@code doc['x']} reads of scripts. Runtime fields the body defines in
 * {@code runtime_mappings} are not index fields.
 */
final class QueryDslFields {
    /** Query DSL clauses whose member names are index fields. */
    private static final Set<String> FIELD_KEYED_QUERIES = Set.of("term", "terms", "match", "match_phrase",
            "match_phrase_prefix", "match_bool_prefix", "range", "prefix", "wildcard", "regexp", "fuzzy");
    /** Options that field-keyed queries allow beside the field ({"terms": {"f": [..], "boost": 2}}). */
    private static final Set<String> CLAUSE_OPTIONS = Set.of("boost", "_name");
    /** Members that list fields to return: names, or {"field": name, "format": ..} objects. */
    private static final Set<String> FIELD_LISTS = Set.of("_source", "fields", "docvalue_fields", "stored_fields");
    /** Full-text queries whose "fields" are searched, not returned. */
    private static final Set<String> SEARCHED_FIELD_LISTS = Set.of("query_string", "simple_query_string",
            "multi_match", "combined_fields", "more_like_this");
    /**
     * The members of these hold user-chosen names (aggregation names, script field names, a composite
     * aggregation's value sources), never DSL keys.
     */
    private static final Set<String> NAMED_ENTRIES = Set.of("aggs", "aggregations", "script_fields", "sources");
    /** Bucket aggregations: they group documents by their field's values. */
    private static final Set<String> BUCKET_AGGREGATIONS = Set.of("terms", "multi_terms", "rare_terms",
            "significant_terms", "histogram", "range", "date_range", "ip_range", "geohash_grid", "geotile_grid");
    /** Members holding a script: a query's or aggregation's "script", and scripted_metric's four phases. */
    private static final Set<String> SCRIPTS = Set.of("script", "init_script", "map_script", "combine_script",
            "reduce_script");

    private final ObjectFields fields;
    private final String index;
    private final String language;
    private final Set<String> runtimeFields = new HashSet<>();

    QueryDslFields(ObjectFields fields, String index, String language) {
        this.fields = fields;
        this.index = index;
        this.language = language;
    }

    /** Adds the fields of a whole search body; the runtime fields it defines are left out. */
    void body(JsonNode body, String path) {
        body.path("runtime_mappings").fieldNames().forEachRemaining(runtimeFields::add);
        walk(body, path, null);
    }

    /** Adds the fields under {@code node}; {@code parentKey} is the member that holds it, or null. */
    void walk(JsonNode node, String path, String parentKey) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.path(i), path + "[" + i + "]", parentKey);
            }
            return;
        }
        boolean named = parentKey != null && NAMED_ENTRIES.contains(parentKey);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (named) {
                walk(member.getValue(), path + "." + member.getKey(), member.getKey());
            } else {
                member(member.getKey(), member.getValue(), path + "." + member.getKey(), parentKey);
            }
        }
    }

    private void member(String key, JsonNode value, String path, String parentKey) {
        if ("field".equals(key) && value.isTextual()) {
            add(path, value.textValue(), role(parentKey), parentKey);
        } else if (isFieldKeyedQuery(key, value)) {
            fieldKeys(value, path, key);
        } else if ("query_string".equals(key) && value.path("query").isTextual()) {
            fields.lucene(value.get("query").textValue(), path + ".query", index);
            fieldList(value.path("fields"), path + ".fields", FieldRole.FILTER, key);
        } else if (FIELD_LISTS.contains(key) && (!value.isObject() || "_source".equals(key))) {
            fieldList(value, path, searched(parentKey) ? FieldRole.FILTER : FieldRole.PROJECTION,
                    key);
        } else if ("sort".equals(key) && !"bucket_sort".equals(parentKey)) {
            // bucket_sort sorts buckets by their metrics' names, not by fields
            sort(value, path);
        } else if (SCRIPTS.contains(key)) {
            script(value, path);
        } else if ("runtime_mappings".equals(key)) {
            value.fields().forEachRemaining(e -> script(e.getValue().path("script"),
                    path + "." + e.getKey() + ".script"));
        } else {
            walk(value, path, key);
        }
    }

    private static boolean searched(String parentKey) {
        return parentKey != null && SEARCHED_FIELD_LISTS.contains(parentKey);
    }

    /** "terms" and "range" are also aggregations; those name their field in a "field" member instead. */
    private static boolean isFieldKeyedQuery(String key, JsonNode value) {
        return FIELD_KEYED_QUERIES.contains(key) && value.isObject() && !value.path("field").isTextual();
    }

    private void fieldKeys(JsonNode clause, String path, String query) {
        for (Iterator<String> names = clause.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CLAUSE_OPTIONS.contains(name)) {
                add(path + "." + name, name, "range".equals(query) ? FieldRole.RANGE : FieldRole.FILTER, query);
            }
        }
    }

    /**
     * A list of field names: a name, an array of names or {"field": name} objects, or (for _source) an
     * {"includes": [..], "excludes": [..]} object; "title^3" boosts title. _source: true/false names none.
     */
    private void fieldList(JsonNode list, String path, FieldRole role, String key) {
        if (list.isObject() && !list.has("field")) {
            for (String part : new String[] {"includes", "include", "excludes", "exclude"}) {
                fieldList(list.path(part), path + "." + part, role, key);
            }
        } else if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                fieldList(list.path(i), path + "[" + i + "]", role, key);
            }
        } else if (list.isObject()) {
            fieldList(list.get("field"), path + ".field", role, key);
        } else if (list.isTextual()) {
            String name = list.textValue();
            int boost = name.indexOf('^');
            add(path, boost < 0 ? name : name.substring(0, boost), role, key);
        }
    }

    /** "f", ["f", {"f": "desc"}, {"f": {"order": "desc"}}] or {"f": "desc"}; _score, _doc, _script... are not fields. */
    private void sort(JsonNode sort, String path) {
        if (sort.isArray()) {
            for (int i = 0; i < sort.size(); i++) {
                sort(sort.path(i), path + "[" + i + "]");
            }
        } else if (sort.isTextual()) {
            sortKey(sort.textValue(), path);
        } else {
            sort.fieldNames().forEachRemaining(name -> sortKey(name, path + "." + name));
        }
    }

    private void sortKey(String name, String path) {
        if (!name.startsWith("_")) {
            add(path, name, FieldRole.SORT, null);
        }
    }

    /** A script: its source as a string, or {"source": ..} ({"inline": ..} before 6.0); a stored {"id"} names none. */
    private void script(JsonNode script, String path) {
        JsonNode source = script.isTextual() ? script : script.has("source") ? script.get("source")
                : script.path("inline");
        if (!source.isTextual()) {
            return;
        }
        String sourcePath = script.isTextual() ? path : path + (script.has("source") ? ".source" : ".inline");
        for (QueryField read : PainlessDocReads.of(source.textValue())) {
            add(sourcePath, read.name(), read.role(), read.function());
        }
    }

    private void add(String path, String field, FieldRole role, String function) {
        if (!runtimeFields.contains(field)) {
            fields.add(path, field, role, function, index, language);
        }
    }

    /** {"exists": {"field": f}} tests a field; {"agg": {"field": f}} groups by it (bucket aggs) or aggregates it. */
    private static FieldRole role(String parentKey) {
        if ("exists".equals(parentKey)) {
            return FieldRole.EXISTS;
        }
        if ("date_histogram".equals(parentKey) || "auto_date_histogram".equals(parentKey)) {
            return FieldRole.TIME;
        }
        return parentKey != null && BUCKET_AGGREGATIONS.contains(parentKey) ? FieldRole.GROUP_BY
                : FieldRole.AGGREGATION;
    }
}
