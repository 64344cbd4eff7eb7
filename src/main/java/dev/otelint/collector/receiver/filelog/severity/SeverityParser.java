package dev.otelint.collector.receiver.filelog.severity;

import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.Field;
import java.util.Locale;

/**
 * Sets severity number and text from a field (stanza's SeverityParser): the text is the value read
 * (numbers as digits), or with overwrite_text the severity's name (WARN, ERROR2) when the value mapped; an
 * unmapped value gives severity 0 and keeps its text.
 */
public final class SeverityParser {
    private final Field parseFrom;
    private final SeverityMapping mapping;
    private final boolean overwriteText;

    private SeverityParser(Field parseFrom, SeverityMapping mapping, boolean overwriteText) {
        this.parseFrom = parseFrom;
        this.mapping = mapping;
        this.overwriteText = overwriteText;
    }

    public static SeverityParser build(SeverityConfig c) {
        if (c.parseFrom == null) {
            throw new IllegalArgumentException("missing required field 'parse_from'");
        }
        return new SeverityParser(Field.parse(c.parseFrom), SeverityMapping.build(c.preset, c.mapping),
                c.overwriteText);
    }

    public void parse(Entry entry) {
        Object value = parseFrom.get(entry);
        if (value == Field.MISSING) {
            throw new IllegalArgumentException("log entry does not have the expected parse_from field " + parseFrom);
        }
        String text = text(value);
        int severity = mapping.find(text);
        entry.severity = severity;
        entry.severityText = overwriteText && severity != 0 ? name(severity) : text;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d) {
            if (d != Math.rint(d)) {
                throw new IllegalArgumentException("parse: type float64 cannot be a severity unless it is a whole number");
            }
            return Long.toString(d.longValue());
        }
        throw new IllegalArgumentException("parse: type " + value.getClass().getSimpleName() + " cannot be a severity");
    }

    /** OTLP's short names: TRACE, TRACE2 ... FATAL4. */
    static String name(int severity) {
        int level = (severity - 1) / 4;
        int step = (severity - 1) % 4;
        return SeverityMapping.LEVELS.get(level).toUpperCase(Locale.ROOT) + (step == 0 ? "" : String.valueOf(step + 1));
    }
}
