package dev.otelint.records;

import com.google.protobuf.ByteString;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Trace and span ids of a document (hex, as pdata writes them) back to OTLP id bytes. */
final class IdDecoder {
    /**
     * An AWS X-Ray trace id, alone or as the Root of an X-Amzn-Trace-Id header ("Root=1-5759e988-
     * bd862e3fe1be46a994272793"): its 8 hex digits of epoch seconds and 24 of random id together are
     * the OTLP trace id, as the collector's AWS X-Ray translator and propagator convert them.
     */
    private static final Pattern XRAY_TRACE_ID =
            Pattern.compile("(?:Root=)?1-([0-9a-fA-F]{8})-([0-9a-fA-F]{24})");

    private static final String NO_VALUE = "-";

    private IdDecoder() {}

    static ByteString traceId(DocumentFields fields, String name) throws UnencodableRecordException {
        String text = fields.string(name);
        Matcher xray = XRAY_TRACE_ID.matcher(text);
        if (xray.matches()) {
            text = xray.group(1) + xray.group(2);
        }
        return id(fields, name, text, DocumentParts.TRACE_ID_BYTES);
    }

    static ByteString spanId(DocumentFields fields, String name) throws UnencodableRecordException {
        return id(fields, name, fields.string(name), DocumentParts.SPAN_ID_BYTES);
    }

    /**
     * "" is "no id" (pdata's String() of an empty id); so is "-", the access-log mark for a missing
     * value, which e.g. AWS ELB logs write for a request without an X-Ray trace id.
     */
    private static ByteString id(DocumentFields fields, String name, String hex, int bytes)
            throws UnencodableRecordException {
        if (hex.isEmpty() || hex.equals(NO_VALUE)) {
            return ByteString.EMPTY;
        }
        if (hex.length() == bytes * 2) {
            try {
                return ByteString.copyFrom(HexFormat.of().parseHex(hex));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw fields.wrongType(name, bytes * 2 + " hex digits (a " + bytes + "-byte OTLP id)", fields.value(name));
    }
}
