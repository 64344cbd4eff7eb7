package dev.otelint.collector.ottl;

import com.google.protobuf.Message;
import java.util.EnumMap;
import java.util.Map;

/**
 * The element a statement runs on and the elements above it (a span, its scope, its resource), over their
 * protobuf builders. A processor fills it, runs statements, then {@link #commit()}s before building.
 */
public final class TransformContext {
    private final Map<OttlContext, ElementView> views = new EnumMap<>(OttlContext.class);

    /** Sets the builder of one context's element; returns this. */
    public TransformContext with(OttlContext context, Message.Builder builder) {
        ElementView previous = views.put(context, new ElementView(builder));
        if (previous != null) {
            previous.commit();
        }
        return this;
    }

    ElementView view(OttlContext context) {
        ElementView v = views.get(context);
        if (v == null) {
            throw new IllegalStateException("no " + context.label() + " in this transform context");
        }
        return v;
    }

    /** Writes every change back into the builders. */
    public void commit() {
        views.values().forEach(ElementView::commit);
    }
}
