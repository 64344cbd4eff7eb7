package dev.otelint.collector.processor.resourcedetection;

import java.util.LinkedHashMap;
import java.util.Map;

/** The os-release file's {@code KEY=value} lines, read as the OpenTelemetry Go SDK reads them. */
final class OsRelease {
    private OsRelease() {}

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            int eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0) {
                continue;
            }
            values.put(trimmed.substring(0, eq).strip(), unescape(unquote(trimmed.substring(eq + 1).strip())));
        }
        return values;
    }

    /** os.description's first part: "NAME VERSION" (or VERSION_ID), else PRETTY_NAME. */
    static String description(Map<String, String> values) {
        String name = values.getOrDefault("NAME", "");
        String version = values.getOrDefault("VERSION", "");
        if (version.isEmpty()) {
            version = values.getOrDefault("VERSION_ID", "");
        }
        return !name.isEmpty() && !version.isEmpty() ? name + " " + version : values.getOrDefault("PRETTY_NAME", "");
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(0) == s.charAt(s.length() - 1)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String unescape(String s) {
        return s.replace("\\$", "$").replace("\\\"", "\"").replace("\\'", "'").replace("\\\\", "\\").replace("\\`", "`");
    }
}
