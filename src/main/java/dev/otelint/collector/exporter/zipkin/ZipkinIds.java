package dev.otelint.collector.exporter.zipkin;

import com.google.protobuf.ByteString;
import dev.otelint.records.GoFormat;

/** OTLP ids in Zipkin's hex form (zipkin-go's TraceID.String and ID.String). */
final class ZipkinIds {
    private ZipkinIds() {}

    /** 32 hex digits, or 16 when the high half is zero (zipkin-go writes a 64-bit trace id then). */
    static String traceId(ByteString id) throws InvalidSpanException {
        if (id.size() != 16 || isEmpty(id)) {
            throw new InvalidSpanException("TraceID is invalid");
        }
        String hex = GoFormat.hex(id);
        return isEmpty(id.substring(0, 8)) ? hex.substring(16) : hex;
    }

    static String spanId(ByteString id, String invalid) throws InvalidSpanException {
        if (id.size() != 8 || isEmpty(id)) {
            throw new InvalidSpanException(invalid);
        }
        return GoFormat.hex(id);
    }

    /** No bytes, or only zeros: pdata's IsEmpty. */
    static boolean isEmpty(ByteString id) {
        for (int i = 0; i < id.size(); i++) {
            if (id.byteAt(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
