package dev.otelint.collector.exporter.helper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.Test;

class ExportRequestTest {
    private static ExportTraceServiceRequest threeSpans() {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        for (int i = 0; i < 3; i++) {
            scope.addSpans(Span.newBuilder().setName("span " + i).addAttributes(KeyValue.newBuilder().setKey("k")
                    .setValue(AnyValue.newBuilder().setStringValue("v" + i))));
        }
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(scope))
                .build();
    }

    @Test
    void theEncodedFormOfAQueuedRequestIsTheWireEncodingAndDecodesToTheSameMessage() throws Exception {
        ExportTraceServiceRequest message = threeSpans();
        ExportRequest<ExportTraceServiceRequest> queued = ExportRequest.of(SignalType.TRACES, message).encodedOnly();

        assertThat(queued.items()).isEqualTo(3);
        assertThat(queued.protobuf()).isEqualTo(message.toByteArray());
        ExportTraceServiceRequest decoded = queued.message();
        assertThat(decoded).isEqualTo(message).isNotSameAs(message);
        assertThat(queued.message()).isSameAs(decoded); // decoded once, then kept for retries
    }

    @Test
    void aRequestStillHoldingItsMessageHandsOutThatMessage() {
        ExportTraceServiceRequest message = threeSpans();
        ExportRequest<ExportTraceServiceRequest> request = ExportRequest.of(SignalType.TRACES, message);

        assertThat(request.message()).isSameAs(message);
        assertThat(ExportRequest.ofProtobuf(SignalType.TRACES, request.protobuf(), 3).message()).isEqualTo(message);
    }
}
