package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import java.util.Locale;
import java.util.Map;

/** stanza's ByteSize: a number of bytes, or text with a unit (kb = 1000, kib = 1024, mb, mib, gb, gib). */
final class ByteSize {
    private static final Map<String, Long> UNITS = Map.of("", 1L, "b", 1L, "kb", 1000L, "kib", 1024L,
            "mb", 1000_000L, "mib", 1024L * 1024, "gb", 1000_000_000L, "gib", 1024L * 1024 * 1024);

    private ByteSize() {}

    static long parse(ConfigNode node, String key) {
        if (node instanceof ConfigScalar s && s.value() instanceof Long n) {
            return n;
        }
        if (node instanceof ConfigScalar s && s.value() instanceof String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            int split = 0;
            while (split < t.length() && (Character.isDigit(t.charAt(split)) || t.charAt(split) == '.')) {
                split++;
            }
            Long unit = UNITS.get(t.substring(split).strip());
            if (split > 0 && unit != null) {
                return (long) (Double.parseDouble(t.substring(0, split)) * unit);
            }
        }
        throw new IllegalArgumentException("'" + key + "': invalid byte size '" + (node instanceof ConfigScalar s
                ? s.text() : node.goKind()) + "' (a number of bytes or a size such as 1KiB, 16kb, 1MiB)");
    }
}
