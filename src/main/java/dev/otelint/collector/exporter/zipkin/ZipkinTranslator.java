package dev.otelint.collector.exporter.zipkin;

import dev.otelint.records.AnyValues;
import dev.otelint.records.GoFormat;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OTLP spans to Zipkin v2 spans, as collector-contrib's zipkinv2 FromTranslator with its default feature gates
 * (pkg.translator.zipkin.EmitV1NetworkConventions and EmitV1ScopeConventions and their DontEmitV0 companions, all
 * beta): resource attributes and scope become tags under the span's own attributes, and the endpoints are taken out
 * of the merged tags.
 */
final class ZipkinTranslator {
    static final String NO_SERVICE_NAME = "OTLPResourceNoServiceName";
    /** The resource attributes that name the local service, in the translator's order; later ones leave a source tag. */
    private static final List<String> SERVICE_NAME_KEYS =
            List.of("service.name", "faas.name", "k8s.deployment.name", "process.executable.name");
    private static final String SERVICE_NAME_SOURCE = "otlp.service.name.source";

    private ZipkinTranslator() {}

    /** Every span of the request, in order; an invalid trace or span id fails the whole request, as in the collector. */
    static List<ZipkinSpan> translate(ExportTraceServiceRequest request) throws InvalidSpanException {
        List<ZipkinSpan> out = new ArrayList<>();
        for (ResourceSpans rs : request.getResourceSpansList()) {
            Map<String, String> resourceTags = new HashMap<>();
            for (KeyValue kv : rs.getResource().getAttributesList()) {
                resourceTags.put(kv.getKey(), AnyValues.asString(kv.getValue()));
            }
            String serviceName = takeServiceName(resourceTags);
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                // as the translator, scope tags go into the resource's map: a later scope without a name keeps the last one
                addScopeTags(ss.getScope(), resourceTags);
                for (Span span : ss.getSpansList()) {
                    out.add(span(span, serviceName, resourceTags));
                }
            }
        }
        return out;
    }

    private static String takeServiceName(Map<String, String> tags) {
        for (String key : SERVICE_NAME_KEYS) {
            String name = tags.remove(key);
            if (name != null) {
                if (!key.equals("service.name")) {
                    tags.put(SERVICE_NAME_SOURCE, key);
                }
                return name;
            }
        }
        return NO_SERVICE_NAME;
    }

    private static void addScopeTags(InstrumentationScope scope, Map<String, String> tags) {
        if (!scope.getName().isEmpty()) {
            tags.put("otel.scope.name", scope.getName());
        }
        if (!scope.getVersion().isEmpty()) {
            tags.put("otel.scope.version", scope.getVersion());
        }
    }

    private static ZipkinSpan span(Span span, String serviceName, Map<String, String> resourceTags)
            throws InvalidSpanException {
        TreeMap<String, String> tags = new TreeMap<>(resourceTags);
        for (KeyValue kv : span.getAttributesList()) {
            tags.put(kv.getKey(), AnyValues.asString(kv.getValue()));
        }
        String traceId = ZipkinIds.traceId(span.getTraceId());
        String spanId = ZipkinIds.spanId(span.getSpanId(), "SpanID is invalid");
        if (!span.getTraceState().isEmpty()) {
            tags.put("w3c.tracestate", span.getTraceState());
        }
        String parentId = ZipkinIds.isEmpty(span.getParentSpanId()) ? null
                : ZipkinIds.spanId(span.getParentSpanId(), "ParentSpanID is invalid");
        if (span.getKind() == Span.SpanKind.SPAN_KIND_INTERNAL) {
            tags.put("span.kind", "internal");
        }
        ZipkinSpan.Endpoint local = ZipkinEndpoints.local(tags, serviceName);
        ZipkinSpan.Endpoint remote = ZipkinEndpoints.remote(tags);
        addStatus(span.getStatus(), tags);
        List<ZipkinSpan.Annotation> annotations = ZipkinEvents.annotations(span.getEventsList());
        ZipkinEvents.addLinkTags(span.getLinksList(), tags);
        return new ZipkinSpan(traceId, spanId, parentId, kind(span.getKind()), span.getName(),
                ZipkinTimes.timestamp(span.getStartTimeUnixNano()),
                ZipkinTimes.duration(span.getStartTimeUnixNano(), span.getEndTimeUnixNano()),
                local, remote, annotations, tags);
    }

    /** Zipkin's kinds; INTERNAL and UNSPECIFIED have none (INTERNAL is told by the span.kind tag). */
    private static String kind(Span.SpanKind kind) {
        return switch (kind) {
            case SPAN_KIND_SERVER -> "SERVER";
            case SPAN_KIND_CLIENT -> "CLIENT";
            case SPAN_KIND_PRODUCER -> "PRODUCER";
            case SPAN_KIND_CONSUMER -> "CONSUMER";
            default -> null;
        };
    }

    /**
     * The OTel spec's Zipkin status mapping: "error" is "true" only for ERROR (an "error" attribute is removed
     * otherwise), otel.status_code is written unless UNSET, with otel.status_description when there is a message.
     */
    private static void addStatus(Status status, Map<String, String> tags) {
        if (status.getCode() == Status.StatusCode.STATUS_CODE_ERROR) {
            tags.put("error", "true");
        } else {
            tags.remove("error");
        }
        switch (status.getCode()) {
            case STATUS_CODE_OK -> tags.put("otel.status_code", "Ok");
            case STATUS_CODE_ERROR -> tags.put("otel.status_code", "Error");
            default -> {
                return;
            }
        }
        if (!status.getMessage().isEmpty()) {
            tags.put("otel.status_description", status.getMessage());
        }
    }

    /** Hex of an id as pdata writes it, or "" for an empty one (a link's ids). */
    static String hexOrEmpty(com.google.protobuf.ByteString id) {
        return ZipkinIds.isEmpty(id) ? "" : GoFormat.hex(id);
    }
}
