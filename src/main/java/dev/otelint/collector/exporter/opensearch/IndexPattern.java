package dev.otelint.collector.exporter.opensearch;

import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code logs_index}/{@code traces_index} setting as opensearchexporter's index resolver reads it: each
 * {@code %{key}} is the record's attribute, else its scope's (also {@code scope.name}, {@code scope.version}), else
 * its resource's, as text; a missing or empty value becomes the fallback, or "unknown" without one. An empty
 * pattern is the default {@code ss4o_<type>-<dataset>-<namespace>}. A time format appends "-" and the export time.
 */
final class IndexPattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\{([^}]+)\\}");
    // the resolver's validateTimeFormat: these tokens, joined by these separators
    private static final Pattern TIME_TOKEN = Pattern.compile("yyyy|yy|MM|dd|HH|mm|ss");
    private static final String TIME_SEPARATORS = "-._+";

    private final String pattern;
    private final String fallback;
    private final String defaultIndex;
    private final DateTimeFormatter timeSuffix;

    IndexPattern(String pattern, String fallback, String timeFormat, String defaultIndex) {
        this.pattern = pattern;
        this.fallback = fallback.isEmpty() ? "unknown" : fallback;
        this.defaultIndex = defaultIndex;
        this.timeSuffix = timeFormat.isEmpty() ? null : DateTimeFormatter.ofPattern(javaPattern(timeFormat));
    }

    /** True when every record goes to the same index. */
    boolean isFixed() {
        return pattern.isEmpty() || !PLACEHOLDER.matcher(pattern).find();
    }

    /** The index of a record with these attributes, exported at {@code now}. */
    String resolve(List<KeyValue> record, InstrumentationScope scope, Resource resource, ZonedDateTime now) {
        String index = defaultIndex;
        if (!pattern.isEmpty()) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = lookup(m.group(1), record, scope, resource);
                m.appendReplacement(sb, Matcher.quoteReplacement(value == null || value.isEmpty() ? fallback : value));
            }
            m.appendTail(sb);
            index = sb.toString();
        }
        return timeSuffix == null ? index : index + "-" + timeSuffix.format(now);
    }

    private static String lookup(String key, List<KeyValue> record, InstrumentationScope scope, Resource resource) {
        String value = find(key, record);
        if (value == null) {
            value = find(key, scope.getAttributesList());
        }
        if (value == null && key.equals("scope.name") && !scope.getName().isEmpty()) {
            value = scope.getName();
        }
        if (value == null && key.equals("scope.version") && !scope.getVersion().isEmpty()) {
            value = scope.getVersion();
        }
        return value == null ? find(key, resource.getAttributesList()) : value;
    }

    /** The last value of {@code key} (pcommon keeps the last of a repeated key), as text. */
    private static String find(String key, List<KeyValue> attributes) {
        for (int i = attributes.size() - 1; i >= 0; i--) {
            if (attributes.get(i).getKey().equals(key)) {
                return AnyValues.asString(attributes.get(i).getValue());
            }
        }
        return null;
    }

    /** The collector's error when a time format has anything but its tokens and separators. */
    static void checkTimeFormat(String setting, String format) {
        String rest = TIME_TOKEN.matcher(format).replaceAll("");
        for (char c : rest.toCharArray()) {
            if (TIME_SEPARATORS.indexOf(c) < 0) {
                throw new IllegalArgumentException(setting + " contains unsupported or invalid tokens");
            }
        }
    }

    private static String javaPattern(String format) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TIME_TOKEN.matcher(format);
        int last = 0;
        while (m.find()) {
            quote(sb, format.substring(last, m.start()));
            sb.append(m.group().startsWith("y") ? m.group().replace('y', 'u') : m.group());
            last = m.end();
        }
        quote(sb, format.substring(last));
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String literal) {
        if (!literal.isEmpty()) {
            sb.append('\'').append(literal).append('\'');
        }
    }
}
