package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.PplParser;
import dev.otelint.assets.query.PplQuery;
import dev.otelint.assets.query.QueryField;
import dev.otelint.assets.query.QuerySyntaxException;
import dev.otelint.assets.query.SqlQuery;
import dev.otelint.assets.query.SqlQueryFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Observability saved queries and visualizations ({@code savedQuery} / {@code savedVisualization}): the
 * PPL or SQL query (its source / FROM gives the index), {@code selected_fields.tokens[].name} and
 * {@code selected_timestamp.name}. An observability panel's {@code queryFilter.query} is a PPL
 * {@code where} clause that the panel appends to each of its visualizations' queries.
 */
final class ObservabilityFields {

    private ObservabilityFields() {}

    static void extract(ObjectFields fields) {
        JsonNode attributes = fields.object().attributes();
        for (String holder : new String[] {"savedQuery", "savedVisualization"}) {
            if (attributes.path(holder).isObject()) {
                saved(fields, attributes.get(holder), holder);
            }
        }
        JsonNode filter = attributes.path("queryFilter").path("query");
        if (filter.isTextual() && !filter.textValue().isBlank()) {
            panelFilter(fields, filter.textValue(), "queryFilter.query");
        }
    }

    /** Parsed behind a stand-in source; its index is each visualization's own, so not known here. */
    private static void panelFilter(ObjectFields fields, String where, String path) {
        String prefix = "source = panel | ";
        try {
            List<QueryField> inFilter = new ArrayList<>();
            for (QueryField field : PplParser.parse(prefix + where).fields()) {
                inFilter.add(new QueryField(field.name(), field.offset() - prefix.length(), field.length(),
                        field.role(), field.function()));
            }
            fields.addAll(path, inFilter, null, "ppl");
        } catch (QuerySyntaxException e) {
            fields.querySyntax(path, "PPL", new QuerySyntaxException(e.getMessage(),
                    Math.max(0, e.offset() - prefix.length())));
        }
    }

    private static void saved(ObjectFields fields, JsonNode saved, String path) {
        String index = null;
        if (saved.path("query").isTextual() && !saved.get("query").textValue().isBlank()) {
            String text = saved.get("query").textValue();
            index = "SQL".equalsIgnoreCase(saved.path("query_lang").asText("PPL"))
                    ? sql(fields, text, path + ".query") : ppl(fields, text, path + ".query");
        }
        JsonNode tokens = saved.path("selected_fields").path("tokens");
        for (int i = 0; i < tokens.size(); i++) {
            fields.add(path + ".selected_fields.tokens[" + i + "].name", tokens.path(i).path("name").asText(null),
                    FieldRole.PROJECTION, null, index, "json");
        }
        fields.add(path + ".selected_timestamp.name", saved.path("selected_timestamp").path("name").asText(null),
                FieldRole.TIME, null, index, "json");
    }

    /** Adds the PPL query's fields; returns its first source index, or null. */
    static String ppl(ObjectFields fields, String text, String path) {
        try {
            PplQuery query = PplParser.parse(text);
            String index = query.sources().isEmpty() ? null : query.sources().get(0).name();
            fields.addAll(path, query.fields(), index, "ppl");
            return index;
        } catch (QuerySyntaxException e) {
            fields.querySyntax(path, "PPL", e);
            return null;
        }
    }

    /** Adds the SQL query's fields; returns its table when it is an index name, or null. */
    static String sql(ObjectFields fields, String text, String path) {
        try {
            SqlQuery query = SqlQueryFields.parse(text);
            String table = query.tables().isEmpty() ? null : query.tables().get(0).name();
            // Integration queries name their table as a {placeholder} filled in at install: not an index yet.
            String index = table == null || table.contains("{") ? null : table;
            fields.addAll(path, query.fields(), index, "sql");
            return index;
        } catch (QuerySyntaxException e) {
            fields.querySyntax(path, "SQL", e);
            return null;
        }
    }
}
