package dev.otelint.collector.ottl;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One telemetry element (a span, a log record, a resource...) as OTTL paths see it, over its protobuf
 * builder. Attributes and body are handed out as mutable Java values and written back once by
 * {@link #commit()}; a value of the wrong type for a field is not set, as OTTL's setters ignore it.
 */
final class ElementView {
    private final Message.Builder builder;
    private Map<String, Object> attributes;
    private Object body;
    private boolean bodyRead;

    ElementView(Message.Builder builder) {
        this.builder = builder;
    }

    Object get(String path) {
        return switch (path) {
            case "attributes" -> attributes();
            case "body" -> body();
            case "type" -> builder instanceof Metric.Builder m ? metricType(m) : null;
            default -> path.endsWith(STRING_SUFFIX) ? idText(path) : read(path);
        };
    }

    void set(String path, Object value) {
        switch (path) {
            case "attributes" -> {
                if (value instanceof Map<?, ?> map) {
                    Map<String, Object> target = attributes();
                    target.clear();
                    target.putAll(Values.asMap(Values.copy(map)));
                }
            }
            case "body" -> {
                bodyRead = true;
                body = Values.copy(value);
            }
            case "type" -> { } // read-only, as in OTTL's metric context
            default -> {
                if (path.endsWith(STRING_SUFFIX)) {
                    setIdText(path, value);
                    return;
                }
                Field f = field(path);
                Object proto = f == null ? null : toProto(f.fd, value);
                if (proto != null) {
                    f.owner.setField(f.fd, proto);
                }
            }
        }
    }

    Map<String, Object> attributes() {
        if (attributes == null) {
            FieldDescriptor fd = builder.getDescriptorForType().findFieldByName("attributes");
            @SuppressWarnings("unchecked")
            List<KeyValue> kvs = (List<KeyValue>) builder.getField(fd);
            attributes = Values.fromKeyValues(kvs);
        }
        return attributes;
    }

    private Object body() {
        if (!bodyRead) {
            FieldDescriptor fd = builder.getDescriptorForType().findFieldByName("body");
            body = fd == null ? null : Values.fromAny((AnyValue) builder.getField(fd));
            bodyRead = true;
        }
        return body;
    }

    /** Writes the attributes and body handed out back into the builder. */
    void commit() {
        if (attributes != null) {
            FieldDescriptor fd = builder.getDescriptorForType().findFieldByName("attributes");
            builder.clearField(fd);
            Values.toKeyValues(attributes).forEach(kv -> builder.addRepeatedField(fd, kv));
            attributes = null;
        }
        if (bodyRead) {
            FieldDescriptor fd = builder.getDescriptorForType().findFieldByName("body");
            if (fd != null) {
                builder.setField(fd, Values.toAny(body));
            }
            bodyRead = false;
            body = null;
        }
    }

    private record Field(Message.Builder owner, FieldDescriptor fd) {}

    private static final String STRING_SUFFIX = ".string";

    // trace_id.string, span_id.string: the id as lowercase hex; an unset id reads as zeros, as pcommon's ids
    private String idText(String path) {
        String field = path.substring(0, path.length() - STRING_SUFFIX.length());
        ByteString id = (ByteString) read(field);
        return HexFormat.of().formatHex(id.isEmpty() ? new byte[idLength(field)] : id.toByteArray());
    }

    private void setIdText(String path, Object value) {
        String field = path.substring(0, path.length() - STRING_SUFFIX.length());
        if (!(value instanceof String text)) {
            return;
        }
        int length = idLength(field);
        byte[] id;
        try {
            id = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null || id.length != length) {
            throw new OttlRuntimeException(field.replace("_id", "") + " ids must be " + 2 * length
                    + " hex characters: \"" + text + "\"");
        }
        set(field, ByteString.copyFrom(id));
    }

    private static int idLength(String field) {
        return field.equals("trace_id") ? 16 : 8;
    }

    // reads without opening a sub-message builder, which would make an absent status present
    private Object read(String path) {
        String name = protoName(path);
        MessageOrBuilder owner = builder;
        int dot = name.indexOf('.');
        if (dot > 0) {
            FieldDescriptor parent = owner.getDescriptorForType().findFieldByName(name.substring(0, dot));
            if (parent == null) {
                return null;
            }
            owner = (MessageOrBuilder) owner.getField(parent);
            name = name.substring(dot + 1);
        }
        FieldDescriptor fd = owner.getDescriptorForType().findFieldByName(name);
        return fd == null ? null : fromProto(fd, owner.getField(fd));
    }

    private static String protoName(String path) {
        return switch (path) {
            case "value_int" -> "as_int";
            case "value_double" -> "as_double";
            default -> path;
        };
    }

    // for writing: "status.code" opens the span's status; value_int/value_double are a number point's as_int/as_double
    private Field field(String path) {
        String name = protoName(path);
        Message.Builder owner = builder;
        int dot = name.indexOf('.');
        if (dot > 0) {
            FieldDescriptor parent = owner.getDescriptorForType().findFieldByName(name.substring(0, dot));
            if (parent == null) {
                return null;
            }
            owner = owner.getFieldBuilder(parent);
            name = name.substring(dot + 1);
        }
        FieldDescriptor fd = owner.getDescriptorForType().findFieldByName(name);
        return fd == null ? null : new Field(owner, fd);
    }

    private static Object fromProto(FieldDescriptor fd, Object v) {
        return switch (fd.getJavaType()) {
            case INT -> (long) (Integer) v;
            case LONG, DOUBLE, BOOLEAN, STRING, BYTE_STRING -> v;
            case FLOAT -> (double) (Float) v;
            case ENUM -> (long) ((com.google.protobuf.Descriptors.EnumValueDescriptor) v).getNumber();
            case MESSAGE -> null;
        };
    }

    private static Object toProto(FieldDescriptor fd, Object v) {
        return switch (fd.getJavaType()) {
            case INT -> v instanceof Long l ? (Object) l.intValue() : null;
            case LONG -> v instanceof Long ? v : null;
            case DOUBLE -> v instanceof Double ? v : null;
            case FLOAT -> v instanceof Double d ? (Object) d.floatValue() : null;
            case BOOLEAN -> v instanceof Boolean ? v : null;
            case STRING -> v instanceof String ? v : null;
            case BYTE_STRING -> v instanceof ByteString ? v : null;
            case ENUM -> v instanceof Long l ? fd.getEnumType().findValueByNumberCreatingIfUnknown(l.intValue()) : null;
            case MESSAGE -> null;
        };
    }

    private static Long metricType(Metric.Builder m) {
        return switch (m.getDataCase()) {
            case GAUGE -> 1L;
            case SUM -> 2L;
            case HISTOGRAM -> 3L;
            case EXPONENTIAL_HISTOGRAM -> 4L;
            case SUMMARY -> 5L;
            case DATA_NOT_SET -> 0L;
        };
    }
}
