package dev.otelint.collector.processor.resourcedetection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of OTEL_RESOURCE_ATTRIBUTES as the env detector does: pairs {@code key=value} separated
 * by commas, spaces around keys and values ignored, keys and values ASCII (keys 1-256 characters, values up
 * to 256), values unescaped as Go's url.QueryUnescape (so {@code %2C} is a comma and {@code +} a space).
 * Any text that is not such a pair is an error with the detector's message; a later key replaces an earlier.
 */
final class ResourceAttributesText {
    // env detector's labelRegex; Go's \s is [\t\n\f\r ] and $ (without (?m)) the end of the text
    private static final Pattern LABEL = Pattern.compile(
            "[\\t\\n\\f\\r ]*(\\p{ASCII}{1,256}?)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(\\p{ASCII}{0,256}?)[\\t\\n\\f\\r ]*(?:,|\\z)");

    private ResourceAttributesText() {}

    static Map<String, String> parse(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(text);
        int previous = 0;
        boolean any = false;
        while (previous < text.length() && m.find(previous)) {
            any = true;
            if (m.start() != previous) {
                throw new DetectionException("invalid resource format, invalid text: "
                        + GoQuote.quote(text.substring(previous, m.start())));
            }
            String value;
            try {
                value = queryUnescape(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new DetectionException("invalid resource format in attribute: " + GoQuote.quote(m.group())
                        + ", err: " + e.getMessage());
            }
            attributes.put(m.group(1), value);
            previous = m.end();
        }
        if (!any) {
            throw new DetectionException("invalid resource format: " + GoQuote.quote(text));
        }
        if (previous != text.length()) {
            throw new DetectionException("invalid resource format, invalid text: " + GoQuote.quote(text.substring(previous)));
        }
        return attributes;
    }

    /** Go's url.QueryUnescape: {@code +} is a space, {@code %XX} a byte; a bad escape names itself. */
    static String queryUnescape(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                    String escape = s.substring(i, Math.min(s.length(), i + 3));
                    throw new IllegalArgumentException("invalid URL escape " + GoQuote.quote(escape));
                }
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.write(c); // ASCII: the pattern takes nothing else
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }
}
