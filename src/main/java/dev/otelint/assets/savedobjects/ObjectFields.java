package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.AssetRules;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.KqlParser;
import dev.otelint.assets.query.LuceneParser;
import dev.otelint.assets.query.QueryField;
import dev.otelint.assets.query.QuerySyntaxException;
import dev.otelint.report.FindingSink;
import java.util.List;
import java.util.Locale;

/**
 * Collects the field references of one saved object and reports what stops extraction (JSON strings
 * and queries that do not parse) as findings naming the object and the path.
 */
final class ObjectFields {
    private final SavedObject object;
    private final JsonStringAttributes json;
    private final SavedObjectBundle bundle;
    private final FindingSink sink;
    private final List<FieldReference> out;

    ObjectFields(SavedObject object, JsonStringAttributes json, SavedObjectBundle bundle, FindingSink sink,
                 List<FieldReference> out) {
        this.object = object;
        this.json = json;
        this.bundle = bundle;
        this.sink = sink;
        this.out = out;
    }

    SavedObject object() {
        return object;
    }

    SavedObjectBundle bundle() {
        return bundle;
    }

    /** The title of the index pattern the reference {@code refName} points at, or null. */
    String indexPatternOf(String refName) {
        return object.reference(refName)
                .flatMap(ref -> bundle.indexPatternTitle(ref.id()))
                .orElse(null);
    }

    /** The title of the index pattern that the bundled search with this id queries, or null. */
    String savedSearchIndex(String searchId) {
        return bundle.find("search", searchId)
                .flatMap(search -> search.reference(SearchSourceFields.PATH + ".index"))
                .flatMap(ref -> bundle.indexPatternTitle(ref.id()))
                .orElse(null);
    }

    /** The title of the bundled index-pattern with this id, or null. */
    String indexPatternById(String id) {
        return bundle.indexPatternTitle(id).orElse(null);
    }

    /** A field that is the whole string at {@code path} (or the member name there). */
    void add(String path, String field, FieldRole role, String function, String indexPattern, String language) {
        if (field == null || field.isEmpty()) {
            return;
        }
        out.add(new FieldReference(object.file(), object.line(), object.type(), object.id(), object.title(),
                path, field, role, function, indexPattern, language));
    }

    /** Fields a query parser found in the string at {@code path}, at their offsets in it. */
    void addAll(String path, List<QueryField> fields, String indexPattern, String language) {
        for (QueryField field : fields) {
            if (field.name() != null && !field.name().isEmpty()) {
                out.add(new FieldReference(object.file(), object.line(), object.type(), object.id(), object.title(),
                        path, field.name(), field.role(), field.function(), indexPattern, language,
                        field.offset(), field.length()));
            }
        }
    }

    /** The JSON-string attribute at {@code path} (see {@link JsonStringAttributes#get}), parsed once. */
    JsonNode jsonString(String path) {
        return json.get(path);
    }

    /** A JSON string nested inside a parsed attribute (a by-value panel's searchSourceJSON), at {@code path}. */
    JsonNode jsonString(JsonNode value, String path) {
        return json.parse(value, path);
    }

    /**
     * A saved query ({@code {"query": ..., "language": "kuery"|"lucene"}}) at {@code path}. As Dashboards'
     * migrateLegacyQuery reads them, a query without a language, or a bare query string (exports from
     * before KQL), is Lucene.
     */
    void savedQuery(JsonNode query, String path, String indexPattern) {
        if (query != null && query.isTextual()) {
            lucene(query.textValue(), path, indexPattern);
            return;
        }
        if (query == null || !query.path("query").isTextual()) {
            return;
        }
        String text = query.path("query").textValue();
        switch (query.path("language").asText("lucene").toLowerCase(Locale.ROOT)) {
            case "kuery" -> kql(text, path + ".query", indexPattern);
            // Discover's query enhancements save PPL and SQL queries in the same place.
            case "ppl" -> ObservabilityFields.ppl(this, text, path + ".query");
            case "sql" -> ObservabilityFields.sql(this, text, path + ".query");
            default -> lucene(text, path + ".query", indexPattern);
        }
    }

    void kql(String text, String path, String indexPattern) {
        try {
            addAll(path, KqlParser.parse(text), indexPattern, "kql");
        } catch (QuerySyntaxException e) {
            querySyntax(path, "KQL", e);
        }
    }

    void lucene(String text, String path, String indexPattern) {
        try {
            addAll(path, LuceneParser.parse(text), indexPattern, "lucene");
        } catch (QuerySyntaxException e) {
            querySyntax(path, "Lucene", e);
        }
    }

    void querySyntax(String path, String language, QuerySyntaxException e) {
        sink.accept(ObjectFindings.at(AssetRules.QUERY_SYNTAX, object, path)
                .message(ObjectFindings.describe(object) + ": the " + language + " query at " + path
                        + " does not parse at character " + e.offset() + ": " + e.getMessage())
                .build());
    }
}
