package dev.otelint.collector.exporter.zipkin;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The body of a POST /api/v2/spans in protobuf: zipkin.proto3.ListOfSpans (openzipkin/zipkin-api's zipkin.proto),
 * written field by field. Ids are big-endian bytes, times fixed64/uint64 microseconds, IPs 4 or 16 bytes.
 */
final class ZipkinProto {
    private static final List<String> KINDS = List.of("", "CLIENT", "SERVER", "PRODUCER", "CONSUMER");

    private ZipkinProto() {}

    static byte[] encode(List<ZipkinSpan> spans) {
        return message(out -> {
            for (ZipkinSpan span : spans) {
                out.writeBytes(1, span(span));
            }
        }).toByteArray();
    }

    private static ByteString span(ZipkinSpan s) throws IOException {
        return message(out -> {
            out.writeBytes(1, hex(s.traceId()));
            if (s.parentId() != null) {
                out.writeBytes(2, hex(s.parentId()));
            }
            out.writeBytes(3, hex(s.id()));
            if (s.kind() != null) {
                out.writeEnum(4, KINDS.indexOf(s.kind()));
            }
            if (!s.name().isEmpty()) {
                out.writeString(5, s.name());
            }
            if (s.timestampMicros() != null) {
                out.writeFixed64(6, s.timestampMicros());
            }
            if (s.durationMicros() != 0) {
                out.writeUInt64(7, s.durationMicros());
            }
            endpoint(out, 8, s.localEndpoint());
            endpoint(out, 9, s.remoteEndpoint());
            for (ZipkinSpan.Annotation a : s.annotations()) {
                out.writeBytes(10, message(o -> {
                    o.writeFixed64(1, a.timestampMicros());
                    o.writeString(2, a.value());
                }));
            }
            for (Map.Entry<String, String> tag : s.tags().entrySet()) {
                out.writeBytes(11, message(o -> {
                    o.writeString(1, tag.getKey());
                    o.writeString(2, tag.getValue());
                }));
            }
        });
    }

    private static void endpoint(CodedOutputStream out, int field, ZipkinSpan.Endpoint e) throws IOException {
        if (e == null) {
            return;
        }
        out.writeBytes(field, message(o -> {
            if (!e.serviceName().isEmpty()) {
                o.writeString(1, e.serviceName());
            }
            if (e.ip() != null) {
                byte[] ip = e.ip().bytes();
                // zipkin-go's proto3 serializer: ipv6 as To16() (16 bytes), ipv4 as To4() (4 bytes)
                o.writeBytes(e.ipv6() ? 3 : 2, e.ipv6() ? ByteString.copyFrom(IpAddress.sixteenBytes(ip))
                        : ByteString.copyFrom(ip, ip.length - 4, 4));
            }
            if (e.port() != 0) {
                o.writeInt32(4, e.port());
            }
        }));
    }

    private static ByteString hex(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private interface Fields {
        void write(CodedOutputStream out) throws IOException;
    }

    private static ByteString message(Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            fields.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return ByteString.copyFrom(bytes.toByteArray());
    }
}
