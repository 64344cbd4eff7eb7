package dev.otelint.collector.processor.attributes;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actions of the attributes and resource processors (contrib's coreinternal/attraction), checked with
 * its messages and applied in order to one attribute list. A key that is updated keeps its place; an
 * inserted key goes last, as in pcommon.Map.
 */
public final class AttributeActions {
    private final List<AttributeAction> actions;

    private AttributeActions(List<AttributeAction> actions) {
        this.actions = actions;
    }

    /** Checks and compiles the actions; throws {@link IllegalArgumentException} with the collector's message. */
    public static AttributeActions compile(List<ActionConfig> configs) {
        List<AttributeAction> compiled = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            compiled.add(AttributeAction.compile(configs.get(i), i));
        }
        return new AttributeActions(List.copyOf(compiled));
    }

    /** The attributes after every action. */
    public List<KeyValue> apply(List<KeyValue> attributes) {
        Map<String, AnyValue> map = new LinkedHashMap<>();
        for (KeyValue kv : attributes) {
            map.put(kv.getKey(), kv.getValue());
        }
        for (AttributeAction action : actions) {
            action.apply(map);
        }
        List<KeyValue> out = new ArrayList<>(map.size());
        map.forEach((k, v) -> out.add(KeyValue.newBuilder().setKey(k).setValue(v).build()));
        return out;
    }

    /**
     * Replaces the {@code attributes} field of a span, log record, data point or resource being built: every
     * OTLP message that has attributes names the field so.
     */
    @SuppressWarnings("unchecked")
    public void applyTo(Message.Builder holder) {
        FieldDescriptor field = holder.getDescriptorForType().findFieldByName("attributes");
        holder.setField(field, apply((List<KeyValue>) holder.getField(field)));
    }

    /** The action names the collector accepts, any case. */
    enum Kind {
        INSERT, UPDATE, UPSERT, DELETE, HASH, EXTRACT, CONVERT;

        static Kind of(String name) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(name)) {
                    return k;
                }
            }
            return null;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
