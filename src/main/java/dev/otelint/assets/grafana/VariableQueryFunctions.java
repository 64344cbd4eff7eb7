package dev.otelint.assets.grafana;

import dev.otelint.assets.grafana.GrafanaQueryFields.Parsed;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.QueryField;
import dev.otelint.assets.query.QuerySyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus and Loki variable queries (Grafana templating docs): {@code label_names()},
 * {@code metrics(regex)}, {@code label_values(label)}, {@code label_values(selector, label)} and
 * {@code query_result(query)}; anything else is a plain query. The label of label_values is reported as
 * GROUP_BY with function "label_values"; selectors and queries go to the language's parser.
 */
final class VariableQueryFunctions {
    private static final Pattern CALL = Pattern.compile("\\s*(label_names|metrics|label_values|query_result)"
            + "\\s*\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*");

    private final GrafanaQueryFields.Parser language;

    VariableQueryFunctions(GrafanaQueryFields.Parser language) {
        this.language = language;
    }

    Parsed parse(String query) throws QuerySyntaxException {
        Matcher call = CALL.matcher(query);
        if (!call.matches()) {
            return language.parse(query);
        }
        int argsStart = call.start(2);
        String args = call.group(2);
        return switch (call.group(1)) {
            case "label_values" -> labelValues(args, argsStart);
            case "query_result" -> parseAt(args, argsStart);
            default -> new Parsed(List.of(), null);
        };
    }

    /** label_values([selector,] label): the label is after the last comma outside braces and quotes. */
    private Parsed labelValues(String args, int argsStart) throws QuerySyntaxException {
        int comma = lastTopLevelComma(args);
        Matcher label = LABEL.matcher(args.substring(comma + 1));
        if (!label.matches()) {
            throw new QuerySyntaxException("expected a label name as the last argument of label_values",
                    argsStart + comma + 1);
        }
        int labelOffset = argsStart + comma + 1 + label.start(1);
        List<QueryField> fields = new ArrayList<>();
        if (comma >= 0) {
            fields.addAll(parseAt(args.substring(0, comma), argsStart).fields());
        }
        fields.add(new QueryField(label.group(1), labelOffset, label.group(1).length(), FieldRole.GROUP_BY,
                "label_values"));
        return new Parsed(fields, null);
    }

    private static int lastTopLevelComma(String args) {
        int depth = 0;
        int last = -1;
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    /** Parses an argument that starts at {@code start} of the whole query, with offsets in the whole query. */
    private Parsed parseAt(String argument, int start) throws QuerySyntaxException {
        Parsed parsed;
        try {
            parsed = language.parse(argument);
        } catch (QuerySyntaxException e) {
            throw new QuerySyntaxException(e.getMessage(), e.offset() + start);
        }
        List<QueryField> fields = new ArrayList<>();
        for (QueryField f : parsed.fields()) {
            fields.add(new QueryField(f.name(), f.offset() + start, f.length(), f.role(), f.function()));
        }
        return new Parsed(fields, parsed.indexPattern());
    }
}
