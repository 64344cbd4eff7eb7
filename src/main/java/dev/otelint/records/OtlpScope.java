package dev.otelint.records;

import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;

/**
 * The resource and instrumentation scope an OTLP record was emitted under, with the schema URL
 * of its ScopeLogs/ScopeSpans/ScopeMetrics. The sources are the OTLP/JSON objects they were decoded
 * from (the "resource" object, the "scope" object and the ScopeXxx object holding "schemaUrl"),
 * or null for protobuf input.
 */
public record OtlpScope(Resource resource, InstrumentationScope scope, String schemaUrl,
                        JsonValue resourceSource, JsonValue scopeSource, JsonValue containerSource) {

    /** A scope without sources, for records that came as protobuf. */
    public static OtlpScope of(Resource resource, InstrumentationScope scope, String schemaUrl) {
        return new OtlpScope(resource, scope, schemaUrl, null, null, null);
    }
}
