package dev.otelint.collector.exporter.zipkin;

import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Span events as Zipkin annotations and links as tags, in the translator's text forms: an event with attributes
 * (or dropped ones) is "name|{json}|dropped", a link is tag "otlp.link.N" = "traceid|spanid|tracestate|{json}|dropped".
 * The JSON is Go's json.Marshal of the attributes (sorted keys, HTML characters escaped).
 */
final class ZipkinEvents {
    private ZipkinEvents() {}

    static List<ZipkinSpan.Annotation> annotations(List<Span.Event> events) throws InvalidSpanException {
        List<ZipkinSpan.Annotation> out = new ArrayList<>(events.size());
        for (Span.Event e : events) {
            String value = e.getAttributesCount() == 0 && e.getDroppedAttributesCount() == 0 ? e.getName()
                    : e.getName() + "|" + json(e.getAttributesList()) + "|" + Integer.toUnsignedString(e.getDroppedAttributesCount());
            out.add(new ZipkinSpan.Annotation(ZipkinTimes.nearestMicros(e.getTimeUnixNano()), value));
        }
        return out;
    }

    static void addLinkTags(List<Span.Link> links, Map<String, String> tags) throws InvalidSpanException {
        for (int i = 0; i < links.size(); i++) {
            Span.Link link = links.get(i);
            tags.put("otlp.link." + i, ZipkinTranslator.hexOrEmpty(link.getTraceId()) + "|"
                    + ZipkinTranslator.hexOrEmpty(link.getSpanId()) + "|" + link.getTraceState() + "|"
                    + json(link.getAttributesList()) + "|" + Integer.toUnsignedString(link.getDroppedAttributesCount()));
        }
    }

    /** json.Marshal(attributes.AsRaw()); NaN and infinities have no JSON form and fail the request, as in the collector. */
    private static String json(List<KeyValue> attributes) throws InvalidSpanException {
        AnyValue map = AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addAllValues(attributes)).build();
        if (!finite(map)) {
            throw new InvalidSpanException("json: unsupported value: a NaN or infinite double in event or link attributes");
        }
        return AnyValues.asString(map);
    }

    private static boolean finite(AnyValue value) {
        return switch (value.getValueCase()) {
            case DOUBLE_VALUE -> Double.isFinite(value.getDoubleValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().allMatch(ZipkinEvents::finite);
            case KVLIST_VALUE -> value.getKvlistValue().getValuesList().stream().allMatch(kv -> finite(kv.getValue()));
            default -> true;
        };
    }
}
