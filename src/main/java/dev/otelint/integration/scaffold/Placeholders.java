package dev.otelint.integration.scaffold;

import dev.otelint.report.BadInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{key}}} and {@code {{uuid:KEY}}} placeholders, escaped for the file they go into
 * (integrations-template/TEMPLATE.md lists the keys and the rules per file type).
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)(?::([A-Za-z0-9_.-]+))?}}");
    // what a YAML value may hold without quoting or changing the document's structure
    private static final Pattern YAML_SAFE = Pattern.compile("[A-Za-z0-9._-]*");

    private final String integration;
    private final Map<String, String> values;

    public Placeholders(String integration, Map<String, String> values) {
        this.integration = integration;
        this.values = Map.copyOf(values);
    }

    /** These placeholders and one more. */
    public Placeholders with(String key, String value) {
        Map<String, String> more = new HashMap<>(values);
        more.put(key, value);
        return new Placeholders(integration, more);
    }

    /** The text with its placeholders replaced as they are; {@code where} names the template file in errors. */
    public String text(String text, String where) {
        return replace(text, UnaryOperator.identity(), where);
    }

    /** A template file's content, filled in as its file name's type requires. */
    public String file(String fileName, String content, String where) {
        if (fileName.endsWith(".json")) {
            return JsonPlaceholders.document(content, this, where);
        }
        if (fileName.endsWith(".ndjson")) {
            return JsonPlaceholders.lines(content, this, where);
        }
        if (fileName.endsWith(".svg") || fileName.endsWith(".xml")) {
            return replace(content, Placeholders::xmlEscape, where);
        }
        if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
            return replace(content, value -> yamlSafe(value, where), where);
        }
        return text(content, where);
    }

    private String replace(String text, UnaryOperator<String> escape, String where) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value(m, where))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(Matcher m, String where) {
        String key = m.group(1);
        if (m.group(2) != null) {
            if (!key.equals("uuid")) {
                throw new BadInputException(where + ": unknown placeholder " + m.group() + " (only uuid takes a key)");
            }
            return StableIds.of(integration, m.group(2)).toString();
        }
        String value = values.get(key);
        if (value == null) {
            throw new BadInputException(where + ": unknown placeholder " + m.group() + "; known: "
                    + String.join(", ", new java.util.TreeSet<>(values.keySet())) + ", uuid:KEY");
        }
        return value;
    }

    private static String yamlSafe(String value, String where) {
        if (!YAML_SAFE.matcher(value).matches()) {
            throw new BadInputException(where + ": the value '" + value + "' cannot go into YAML unquoted; "
                    + "only name, version and type may be used in YAML templates");
        }
        return value;
    }

    static String xmlEscape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
