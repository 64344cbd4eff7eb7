package dev.otelint.collector.exporter.debug;

import com.google.protobuf.ByteString;
import dev.otelint.records.AnyValues;
import dev.otelint.records.GoFormat;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Text pieces of the debug exporter's output, in the collector's (pdata's) forms. */
final class DebugText {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder sb = new StringBuilder();

    DebugText line(String text) {
        sb.append(text).append('\n');
        return this;
    }

    /** "    Name           : value": a field of a span. */
    DebugText field(String name, String value) {
        return line(String.format(Locale.ROOT, "    %-15s: %s", name, value));
    }

    /** "header:" then "     -> key: Type(value)" per attribute; nothing when there are none. */
    DebugText attributes(String header, List<KeyValue> attributes) {
        if (attributes.isEmpty()) {
            return this;
        }
        line(header + ":");
        int arrow = header.indexOf("->");
        String prefix = (arrow >= 0 ? header.substring(0, arrow) : "") + "     ->";
        for (KeyValue kv : attributes) {
            line(prefix + " " + kv.getKey() + ": " + typed(kv.getValue()));
        }
        return this;
    }

    DebugText scope(InstrumentationScope scope) {
        line("InstrumentationScope " + scope.getName() + " " + scope.getVersion());
        return attributes("InstrumentationScope attributes", scope.getAttributesList());
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** pcommon.Value as the debug exporter writes it: "Str(GET)", "Int(200)", "Map({...})". */
    static String typed(AnyValue value) {
        String type = switch (value.getValueCase()) {
            case STRING_VALUE -> "Str";
            case BOOL_VALUE -> "Bool";
            case INT_VALUE -> "Int";
            case DOUBLE_VALUE -> "Double";
            case ARRAY_VALUE -> "Slice";
            case KVLIST_VALUE -> "Map";
            case BYTES_VALUE -> "Bytes";
            case VALUE_NOT_SET -> "Empty";
        };
        return type + "(" + AnyValues.asString(value) + ")";
    }

    /** "k=v" pairs, values through AsString: the normal verbosity's attributes. */
    static String pairs(List<KeyValue> attributes, String separator) {
        StringBuilder sb = new StringBuilder();
        for (KeyValue kv : attributes) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(kv.getKey()).append('=').append(AnyValues.asString(kv.getValue()));
        }
        return sb.toString();
    }

    /** pdata's id String(): lowercase hex, empty for an all-zero or missing id. */
    static String id(ByteString bytes) {
        for (int i = 0; i < bytes.size(); i++) {
            if (bytes.byteAt(i) != 0) {
                return GoFormat.hex(bytes);
            }
        }
        return "";
    }

    /** pcommon.Timestamp String(): Go's time.Time String() in UTC, "2023-11-11 04:49:03.509369393 +0000 UTC". */
    static String timestamp(long unixNanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(unixNanos, 1_000_000_000L), Math.floorMod(unixNanos, 1_000_000_000L));
        StringBuilder sb = new StringBuilder(SECONDS.format(t));
        int nanos = t.getNano();
        if (nanos != 0) {
            String fraction = String.format(Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
            sb.append('.').append(fraction);
        }
        return sb.append(" +0000 UTC").toString();
    }

    /** Go's %f: six decimals. */
    static String fixed(double value) {
        return String.format(Locale.ROOT, "%f", value);
    }

    /** Go's %v of a float64: the shortest form. */
    static String shortest(double value) {
        return GoFormat.float64AsString(value);
    }
}
