package dev.otelint.records;

import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resource, instrumentation scope and scope schema URL of a decoded document: the parts
 * every Simple Schema document shares ({@code resource}, {@code instrumentationScope},
 * {@code schemaUrl}), the inverse of {@link DocumentParts}.
 */
record DecodedScope(Resource resource, InstrumentationScope scope, String schemaUrl) {
    /** The top-level fields every signal owns (attributes: the record's, see RecordAttributesDecoder). */
    static final Set<String> OWNED = Set.of("resource", "instrumentationScope", "schemaUrl", "attributes");

    /** The top-level fields a signal owns: these and the signal's own. */
    static Set<String> ownedWith(String... signalFields) {
        Set<String> owned = new HashSet<>(OWNED);
        owned.addAll(List.of(signalFields));
        return Set.copyOf(owned);
    }

    static DecodedScope decode(DocumentFields document) throws UnencodableRecordException {
        Resource resource = Resource.newBuilder()
                .addAllAttributes(AnyValueDecoder.keyValues(document.object("resource").json())).build();
        DocumentFields scope = document.object("instrumentationScope");
        InstrumentationScope.Builder decoded = InstrumentationScope.newBuilder()
                .setName(scope.string("name"))
                .setVersion(scope.string("version"))
                .addAllAttributes(AnyValueDecoder.keyValues(scope.object("attributes").json()))
                .setDroppedAttributesCount((int) scope.integer("droppedAttributesCount", 0, 0xFFFF_FFFFL));
        return new DecodedScope(resource, decoded.build(), schemaUrl(document, scope));
    }

    /** This scope, with {@code key} added to the resource unless the resource has it already. */
    DecodedScope withResourceDefault(String key, String value) {
        if (value.isEmpty() || resource.getAttributesList().stream().anyMatch(kv -> kv.getKey().equals(key))) {
            return this;
        }
        Resource withKey = resource.toBuilder().addAttributes(KeyValue.newBuilder().setKey(key)
                .setValue(AnyValueDecoder.value(JsonValue.string(value, 0, 0)))).build();
        return new DecodedScope(withKey, scope, schemaUrl);
    }

    /** Both schemaUrl and instrumentationScope.schemaUrl are written from the ScopeXxx's schemaUrl. */
    private static String schemaUrl(DocumentFields document, DocumentFields scope) throws UnencodableRecordException {
        String top = document.string("schemaUrl");
        String inScope = scope.string("schemaUrl");
        if (!top.isEmpty() && !inScope.isEmpty() && !top.equals(inScope)) {
            throw scope.invalid("schemaUrl", "expected the same URL as schemaUrl (" + top
                    + "); both are the OTLP scope's schemaUrl", scope.value("schemaUrl"));
        }
        return top.isEmpty() ? inScope : top;
    }
}
