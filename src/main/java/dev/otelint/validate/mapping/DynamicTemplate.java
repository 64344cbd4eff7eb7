package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a mapping's dynamic_templates (OpenSearch DynamicTemplate): conditions on the new
 * field's name, full path and JSON type, and the mapping to use when they hold. {name} and
 * {dynamic_type} in the mapping are replaced per field.
 */
public final class DynamicTemplate {

    /** The JSON kinds a template can select with match_mapping_type, and their default mapping types. */
    public enum ValueKind {
        OBJECT("object", "object"), STRING("string", "text"), LONG("long", "long"), DOUBLE("double", "float"),
        BOOLEAN("boolean", "boolean"), DATE("date", "date"), BINARY("binary", "binary");

        final String label;
        final String defaultMappingType;

        ValueKind(String label, String defaultMappingType) {
            this.label = label;
            this.defaultMappingType = defaultMappingType;
        }

        /** The type a mapping gets for this kind when the template does not name one ({dynamic_type}). */
        public String defaultMappingType() {
            return defaultMappingType;
        }

        static ValueKind of(String label) {
            for (ValueKind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private final String name;
    private final ValueKind kind;
    private final Matcher match;
    private final Matcher unmatch;
    private final Matcher pathMatch;
    private final Matcher pathUnmatch;
    private final JsonValue mapping;
    private final String file;
    private final Source source;

    private DynamicTemplate(String name, ValueKind kind, Matcher match, Matcher unmatch, Matcher pathMatch,
                            Matcher pathUnmatch, JsonValue mapping, String file, Source source) {
        this.name = name;
        this.kind = kind;
        this.match = match;
        this.unmatch = unmatch;
        this.pathMatch = pathMatch;
        this.pathUnmatch = pathUnmatch;
        this.mapping = mapping;
        this.file = file;
        this.source = source;
    }

    /** Reads {@code {"name": {...conditions, "mapping": {...}}}}. */
    static DynamicTemplate parse(String file, JsonValue.Member entry) {
        JsonValue body = entry.value();
        Source at = Source.of(file, body);
        if (!body.isObject()) {
            throw at.error("dynamic template [" + entry.name() + "] must be an object");
        }
        String matchPattern = "simple";
        ValueKind kind = null;
        JsonValue mapping = null;
        String[] conditions = new String[4];
        for (JsonValue.Member param : body.members()) {
            JsonValue value = param.value();
            switch (param.name()) {
                case "match" -> conditions[0] = text(file, entry.name(), param);
                case "unmatch" -> conditions[1] = text(file, entry.name(), param);
                case "path_match" -> conditions[2] = text(file, entry.name(), param);
                case "path_unmatch" -> conditions[3] = text(file, entry.name(), param);
                case "match_pattern" -> matchPattern = text(file, entry.name(), param);
                case "match_mapping_type" -> kind = mappingType(file, entry.name(), param);
                case "mapping" -> mapping = value;
                default -> throw Source.of(file, value).error("illegal dynamic template parameter [" + param.name()
                        + "] in template [" + entry.name() + "]");
            }
        }
        if (mapping == null || !mapping.isObject()) {
            throw at.error("dynamic template [" + entry.name() + "] must have a \"mapping\" object");
        }
        boolean regex = switch (matchPattern.toLowerCase(Locale.ROOT)) {
            case "simple" -> false;
            case "regex" -> true;
            default -> throw at.error("illegal match_pattern [" + matchPattern + "] in dynamic template ["
                    + entry.name() + "]: expected simple or regex");
        };
        return new DynamicTemplate(entry.name(), kind, Matcher.of(conditions[0], regex, at),
                Matcher.of(conditions[1], regex, at), Matcher.of(conditions[2], regex, at),
                Matcher.of(conditions[3], regex, at), mapping, file, at);
    }

    private static String text(String file, String template, JsonValue.Member param) {
        if (!param.value().isString()) {
            throw Source.of(file, param.value()).error("[" + param.name() + "] of dynamic template [" + template
                    + "] must be a string");
        }
        return param.value().text();
    }

    private static ValueKind mappingType(String file, String template, JsonValue.Member param) {
        String label = text(file, template, param);
        if (label.equals("*")) {
            return null;
        }
        ValueKind kind = ValueKind.of(label);
        if (kind == null) {
            throw Source.of(file, param.value()).error("no field type matched on [" + label
                    + "] in dynamic template [" + template + "], possible values are "
                    + "[object, string, long, double, boolean, date, binary]");
        }
        return kind;
    }

    public String name() {
        return name;
    }

    /** The template's mapping object, before {name}/{dynamic_type} substitution. */
    public JsonValue mapping() {
        return mapping;
    }

    public String file() {
        return file;
    }

    public Source source() {
        return source;
    }

    /** DynamicTemplate.match: path conditions on the full path, name conditions on the last part. */
    public boolean matches(String fullPath, String fieldName, ValueKind valueKind) {
        if (pathMatch != null && !pathMatch.matches(fullPath)) {
            return false;
        }
        if (match != null && !match.matches(fieldName)) {
            return false;
        }
        if (pathUnmatch != null && pathUnmatch.matches(fullPath)) {
            return false;
        }
        if (unmatch != null && unmatch.matches(fieldName)) {
            return false;
        }
        return kind == null || kind == valueKind;
    }

    /** Whether match_mapping_type lets this template apply to values of {@code valueKind}. */
    public boolean selects(ValueKind valueKind) {
        return kind == null || kind == valueKind;
    }

    /** A simple ("*" wildcards, pre-split) or regex condition. */
    private record Matcher(String[] globParts, Pattern regex) {

        static Matcher of(String condition, boolean regex, Source at) {
            if (condition == null) {
                return null;
            }
            if (!regex) {
                return new Matcher(condition.split("\\*", -1), null);
            }
            try {
                return new Matcher(null, Pattern.compile(condition));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw at.error("invalid regex [" + condition + "] in dynamic template: " + e.getDescription());
            }
        }

        boolean matches(String text) {
            return regex != null ? regex.matcher(text).matches() : globMatch(globParts, text);
        }
    }

    /** Regex.simpleMatch: the pattern split at '*'; each '*' matches any run of characters. */
    static boolean globMatch(String[] parts, String text) {
        if (parts.length == 1) {
            return parts[0].equals(text);
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int position = first.length();
        int limit = text.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = text.indexOf(parts[i], position);
            if (found < 0 || found + parts[i].length() > limit) {
                return false;
            }
            position = found + parts[i].length();
        }
        return true;
    }
}
