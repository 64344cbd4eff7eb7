package dev.otelint.assets.grafana;

import dev.otelint.assets.AssetRules;
import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.GrafanaVariables;
import dev.otelint.assets.query.QueryField;
import dev.otelint.assets.query.QuerySyntaxException;
import dev.otelint.report.FindingSink;
import java.util.List;

/**
 * Collects the field references of one Grafana panel or variable. Queries are parsed with Grafana
 * variables expanded to placeholders; a field that touches a variable ({@code ${field}},
 * {@code attributes.$key}) is not a name the author wrote, so it is dropped.
 */
final class GrafanaQueryFields {

    /** What a query parser found: the fields, and the index the query names itself (PPL source), or null. */
    record Parsed(List<QueryField> fields, String indexPattern) {}

    @FunctionalInterface
    interface Parser {
        Parsed parse(String query) throws QuerySyntaxException;
    }

    private final GrafanaObject object;
    private final FindingSink sink;
    private final List<FieldReference> out;

    GrafanaQueryFields(GrafanaObject object, FindingSink sink, List<FieldReference> out) {
        this.object = object;
        this.sink = sink;
        this.out = out;
    }

    GrafanaObject object() {
        return object;
    }

    void add(String path, String field, FieldRole role, String function, String indexPattern, String language) {
        if (field == null || field.isEmpty() || !GrafanaVariables.expand(field).replacements().isEmpty()) {
            return;
        }
        out.add(new FieldReference(object.file(), object.line(), object.type(), object.id(), object.title(),
                path, field, role, function, indexPattern, language));
    }

    /** A field a query parser found, at its offset in the original string at {@code path}. */
    private void add(String path, QueryField field, String indexPattern, String language) {
        if (field.name() == null || field.name().isEmpty()
                || !GrafanaVariables.expand(field.name()).replacements().isEmpty()) {
            return;
        }
        out.add(new FieldReference(object.file(), object.line(), object.type(), object.id(), object.title(),
                path, field.name(), field.role(), field.function(), indexPattern, language,
                field.offset(), field.length()));
    }

    /**
     * Adds the fields of {@code query}, parsed with variables expanded; returns the index the query names,
     * or null (also when it does not parse, which is reported).
     */
    String query(String path, String query, String language, Parser parser) {
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand(query);
        try {
            Parsed parsed = parser.parse(expansion.text());
            for (QueryField field : parsed.fields()) {
                if (!expansion.touchesVariable(field)) {
                    add(path, expansion.toOriginal(field), parsed.indexPattern(), language);
                }
            }
            return parsed.indexPattern();
        } catch (QuerySyntaxException e) {
            syntaxError(path, language, expansion.toOriginal(e));
            return null;
        }
    }

    void syntaxError(String path, String language, QuerySyntaxException e) {
        sink.accept(AssetRules.QUERY_SYNTAX.finding().file(object.file()).at(object.line(), 0).path(path)
                .message(object.describe() + ": the " + language + " query at " + path
                        + " does not parse at character " + e.offset() + ": " + e.getMessage())
                .build());
    }
}
