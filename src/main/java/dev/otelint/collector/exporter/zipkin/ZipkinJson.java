package dev.otelint.collector.exporter.zipkin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The body of a POST /api/v2/spans in JSON: an array of Zipkin v2 spans, empty fields left out. */
final class ZipkinJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ZipkinJson() {}

    static byte[] encode(List<ZipkinSpan> spans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (ZipkinSpan span : spans) {
                span(g, span);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    private static void span(JsonGenerator g, ZipkinSpan s) throws IOException {
        g.writeStartObject();
        g.writeStringField("traceId", s.traceId());
        g.writeStringField("id", s.id());
        optional(g, "parentId", s.parentId());
        optional(g, "kind", s.kind());
        optional(g, "name", s.name().isEmpty() ? null : s.name());
        if (s.timestampMicros() != null) {
            g.writeNumberField("timestamp", s.timestampMicros());
        }
        if (s.durationMicros() != 0) {
            g.writeNumberField("duration", s.durationMicros());
        }
        endpoint(g, "localEndpoint", s.localEndpoint());
        endpoint(g, "remoteEndpoint", s.remoteEndpoint());
        if (!s.annotations().isEmpty()) {
            g.writeArrayFieldStart("annotations");
            for (ZipkinSpan.Annotation a : s.annotations()) {
                g.writeStartObject();
                g.writeNumberField("timestamp", a.timestampMicros());
                g.writeStringField("value", a.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!s.tags().isEmpty()) {
            g.writeObjectFieldStart("tags");
            for (Map.Entry<String, String> tag : s.tags().entrySet()) {
                g.writeStringField(tag.getKey(), tag.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void endpoint(JsonGenerator g, String field, ZipkinSpan.Endpoint e) throws IOException {
        if (e == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        optional(g, "serviceName", e.serviceName().isEmpty() ? null : e.serviceName());
        if (e.ip() != null) {
            g.writeStringField(e.ipv6() ? "ipv6" : "ipv4", e.ip().toString());
        }
        if (e.port() != 0) {
            g.writeNumberField("port", e.port());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
