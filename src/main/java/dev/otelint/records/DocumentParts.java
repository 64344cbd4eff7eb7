package dev.otelint.records;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The parts every exporter document shares: attributes with data_stream, resource, scope, ids, times. */
final class DocumentParts {
    static final int TRACE_ID_BYTES = 16;
    static final int SPAN_ID_BYTES = 8;

    private final String dataset;
    private final String namespace;
    private final Clock clock;

    DocumentParts(String dataset, String namespace, Clock clock) {
        this.dataset = dataset;
        this.namespace = namespace;
        this.clock = clock;
    }

    /**
     * The "attributes" object of {@code owner} (the OTLP/JSON object holding the attribute list), with
     * the exporter's attributes.data_stream {dataset, namespace, type} when a type is given.
     */
    JsonValue attributes(List<KeyValue> attributes, JsonValue owner, Origin origin, String dataStreamType,
                         boolean resolveConflicts) throws UnencodableRecordException {
        return attributes(attributes, owner, "attributes", origin, dataStreamType, resolveConflicts);
    }

    /** Like the other, for an attribute list held in {@code field} of the owner (e.g. filteredAttributes). */
    JsonValue attributes(List<KeyValue> attributes, JsonValue owner, String field, Origin origin,
                         String dataStreamType, boolean resolveConflicts) throws UnencodableRecordException {
        TreeMap<String, JsonValue.Member> byKey = AnyValues.attributes(attributes,
                OtlpSource.objects(owner, field), origin, resolveConflicts);
        // Added after the conflict rewrite, replacing any "data_stream" attribute, as the exporter does.
        JsonValue dataStream = dataStreamType == null ? null : dataStream(dataStreamType, origin);
        if (dataStream != null) {
            byKey.put("data_stream", origin.member("data_stream", dataStream, (JsonValue) null));
        }
        return origin.object(new ArrayList<>(byKey.values()), OtlpSource.value(owner, field));
    }

    /** attributes.data_stream; the exporter leaves out empty parts and the whole object when both are empty. */
    private JsonValue dataStream(String type, Origin origin) {
        if (dataset.isEmpty() && namespace.isEmpty()) {
            return null;
        }
        ObjectBuilder ds = new ObjectBuilder(origin, null);
        ds.stringIfNotEmpty("dataset", dataset, null);
        ds.stringIfNotEmpty("namespace", namespace, null);
        ds.string("type", type, null);
        return ds.build();
    }

    /** The "resource" field (attribute values as text), or nothing when the resource has no attributes. */
    void resource(ObjectBuilder doc, OtlpScope ctx) {
        List<KeyValue> attributes = ctx.resource().getAttributesList();
        if (attributes.isEmpty()) {
            return;
        }
        JsonValue at = ctx.resourceSource();
        Origin origin = doc.origin();
        doc.putAt("resource", AnyValues.stringMap(attributes, OtlpSource.objects(at, "attributes"), origin, at), at);
    }

    /** The "schemaUrl" of the record's ScopeXxx; empty ones are left out. */
    void schemaUrl(ObjectBuilder doc, OtlpScope ctx) {
        doc.lookingIn(ctx.containerSource()).stringIfNotEmpty("schemaUrl", ctx.schemaUrl(), "schemaUrl");
    }

    /**
     * "instrumentationScope" as the logs and metrics documents have it: every part left out when empty.
     * Scope attributes get the conflict rewrite when {@code resolveConflicts}.
     */
    void compactScope(ObjectBuilder doc, OtlpScope ctx, boolean resolveConflicts) throws UnencodableRecordException {
        ObjectBuilder scope = new ObjectBuilder(doc.origin(), ctx.scopeSource());
        scopeAttributes(scope, ctx, resolveConflicts);
        scope.stringIfNotEmpty("name", ctx.scope().getName(), "name");
        scope.lookingIn(ctx.containerSource()).stringIfNotEmpty("schemaUrl", ctx.schemaUrl(), "schemaUrl");
        scope.stringIfNotEmpty("version", ctx.scope().getVersion(), "version");
        doc.putAt("instrumentationScope", scope.build(), ctx.scopeSource());
    }

    /** "instrumentationScope" as the traces document has it: every part present, plus droppedAttributesCount. */
    void fullScope(ObjectBuilder doc, OtlpScope ctx) throws UnencodableRecordException {
        InstrumentationScope s = ctx.scope();
        ObjectBuilder scope = new ObjectBuilder(doc.origin(), ctx.scopeSource());
        scopeAttributes(scope, ctx, true);
        scope.unsigned("droppedAttributesCount", s.getDroppedAttributesCount(), "droppedAttributesCount");
        scope.string("name", s.getName(), "name");
        scope.lookingIn(ctx.containerSource()).string("schemaUrl", ctx.schemaUrl(), "schemaUrl");
        scope.string("version", s.getVersion(), "version");
        doc.putAt("instrumentationScope", scope.build(), ctx.scopeSource());
    }

    private void scopeAttributes(ObjectBuilder scope, OtlpScope ctx, boolean resolveConflicts)
            throws UnencodableRecordException {
        if (!ctx.scope().getAttributesList().isEmpty()) {
            scope.put("attributes", attributes(ctx.scope().getAttributesList(), ctx.scopeSource(), scope.origin(),
                    null, resolveConflicts), "attributes");
        }
    }

    /** The export time, which the exporter writes as observedTimestamp (time.Now(), here in UTC). */
    String now() {
        Instant now = clock.instant();
        return GoFormat.timestamp(now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /**
     * The id in the {@code field} of {@code owner}, as pdata writes it: lowercase hex, or "" when absent
     * or all zero. pdata accepts only ids of exactly {@code size} bytes; the collector rejects others.
     */
    static String id(ByteString bytes, int size, String field, Origin origin, JsonValue owner)
            throws UnencodableRecordException {
        if (bytes.isEmpty()) {
            return "";
        }
        if (bytes.size() != size) {
            JsonValue at = OtlpSource.value(owner, field);
            throw new UnencodableRecordException(field + " has " + bytes.size() + " bytes; OTLP ids have " + size
                    + ", so the collector rejects the request", origin.line(at), origin.column(at));
        }
        for (int i = 0; i < size; i++) {
            if (bytes.byteAt(i) != 0) {
                return GoFormat.hex(bytes);
            }
        }
        return "";
    }
}
