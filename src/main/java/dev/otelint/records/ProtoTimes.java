package dev.otelint.records;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;

/**
 * The time fields of OTLP messages: every fixed64 field named {@code *time_unix_nano} (log time and
 * observed time, span start and end, event times, data point start time and time, exemplar times),
 * found through the proto descriptors so that no time field of the three export requests is missed.
 * 0 means "not set" in OTLP and is never changed.
 */
final class ProtoTimes {
    private static final String TIME_SUFFIX = "time_unix_nano";
    /** Whether a message type has time fields at any depth, so attribute values are not walked. */
    private static final Map<Descriptor, Boolean> HAS_TIMES = new ConcurrentHashMap<>();

    private ProtoTimes() {}

    /** {@code message} with {@code change} applied to each non-zero time. */
    @SuppressWarnings("unchecked")
    static <T extends Message> T map(T message, LongUnaryOperator change) {
        Message.Builder builder = null;
        for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            Object changed = mapField(field, entry.getValue(), change);
            if (changed != entry.getValue()) {
                builder = builder == null ? message.toBuilder() : builder;
                builder.setField(field, changed);
            }
        }
        return builder == null ? message : (T) builder.build();
    }

    /** The largest non-zero time in {@code message}, or 0. */
    static long max(Message message) {
        long[] max = {0};
        map(message, nanos -> {
            max[0] = Math.max(max[0], nanos);
            return nanos;
        });
        return max[0];
    }

    private static Object mapField(FieldDescriptor field, Object value, LongUnaryOperator change) {
        if (isTime(field)) {
            long nanos = (Long) value;
            long changed = nanos == 0 ? 0 : change.applyAsLong(nanos);
            return changed == nanos ? value : (Object) changed; // the same object when unchanged: no rebuild
        }
        if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || !hasTimes(field.getMessageType())) {
            return value;
        }
        if (!field.isRepeated()) {
            return map((Message) value, change);
        }
        List<?> elements = (List<?>) value;
        Object[] mapped = new Object[elements.size()];
        boolean changed = false;
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = map((Message) elements.get(i), change);
            changed |= mapped[i] != elements.get(i);
        }
        return changed ? List.of(mapped) : value;
    }

    private static boolean isTime(FieldDescriptor field) {
        return field.getType() == FieldDescriptor.Type.FIXED64 && field.getName().endsWith(TIME_SUFFIX);
    }

    private static boolean hasTimes(Descriptor type) {
        Boolean known = HAS_TIMES.get(type);
        if (known != null) {
            return known;
        }
        HAS_TIMES.put(type, false); // recursive types (AnyValue) end here while being looked at
        boolean has = false;
        for (FieldDescriptor field : type.getFields()) {
            has |= isTime(field)
                    || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && hasTimes(field.getMessageType());
        }
        HAS_TIMES.put(type, has);
        return has;
    }
}
