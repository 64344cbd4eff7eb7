package dev.otelint.collector.exporter.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export request in OTLP/JSON on one line, per the OTLP spec's JSON encoding: the proto3 JSON mapping
 * with lowerCamelCase names, fields left out when unset, 64-bit integers as strings, enums as integers,
 * bytes as base64 except trace and span ids, which are hex.
 */
public final class OtlpJsonLine {
    private static final Set<String> ID_FIELDS = Set.of("trace_id", "span_id", "parent_span_id");
    private static final JsonFactory JSON = new JsonFactory();

    private OtlpJsonLine() {}

    public static String of(Message request) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            message(g, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void message(JsonGenerator g, Message m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<FieldDescriptor, Object> f : m.getAllFields().entrySet()) {
            FieldDescriptor field = f.getKey();
            g.writeFieldName(field.getJsonName());
            if (field.isRepeated()) {
                g.writeStartArray();
                for (Object item : (List<?>) f.getValue()) {
                    value(g, field, item);
                }
                g.writeEndArray();
            } else {
                value(g, field, f.getValue());
            }
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, FieldDescriptor field, Object value) throws IOException {
        switch (field.getJavaType()) {
            case MESSAGE -> message(g, (Message) value);
            case INT -> g.writeNumber(unsigned32(field) ? Integer.toUnsignedLong((Integer) value) : (Integer) value);
            case LONG -> g.writeString(unsigned64(field) ? Long.toUnsignedString((Long) value) : value.toString());
            case FLOAT -> floating(g, ((Float) value).doubleValue());
            case DOUBLE -> floating(g, (Double) value);
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case STRING -> g.writeString((String) value);
            case ENUM -> g.writeNumber(((EnumValueDescriptor) value).getNumber());
            case BYTE_STRING -> g.writeString(ID_FIELDS.contains(field.getName())
                    ? HexFormat.of().formatHex(((ByteString) value).toByteArray())
                    : Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
        }
    }

    /** proto3 JSON writes NaN and the infinities as strings. */
    private static void floating(JsonGenerator g, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(value)) {
            g.writeString(value > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeNumber(value);
        }
    }

    private static boolean unsigned32(FieldDescriptor f) {
        return f.getType() == FieldDescriptor.Type.UINT32 || f.getType() == FieldDescriptor.Type.FIXED32;
    }

    private static boolean unsigned64(FieldDescriptor f) {
        return f.getType() == FieldDescriptor.Type.UINT64 || f.getType() == FieldDescriptor.Type.FIXED64;
    }
}
