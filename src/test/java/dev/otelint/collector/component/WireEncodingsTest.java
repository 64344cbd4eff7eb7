package dev.otelint.collector.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.UnknownFieldSet;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.Test;

class WireEncodingsTest {
    private static ExportTraceServiceRequest spans(String... names) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        for (String name : names) {
            scope.addSpans(Span.newBuilder().setName(name));
        }
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(scope))
                .build();
    }

    private static ExportTraceServiceRequest arrived(ExportTraceServiceRequest sent) throws Exception {
        byte[] bytes = sent.toByteArray();
        ExportTraceServiceRequest parsed = ExportTraceServiceRequest.parseFrom(bytes);
        WireEncodings.remember(parsed, bytes);
        return parsed;
    }

    @Test
    void aMessageParsedFromBytesIsEncodedAsThoseBytesAndAnEqualMessageIsNot() throws Exception {
        ExportTraceServiceRequest parsed = arrived(spans("a", "b"));

        assertThat(WireEncodings.of(parsed)).isEqualTo(spans("a", "b").toByteArray());
        assertThat(WireEncodings.of(spans("a", "b"))).isNull(); // equal but not the same: no entry
        assertThat(WireEncodings.of(parsed.toBuilder().setResourceSpans(0, ResourceSpans.getDefaultInstance()).build()))
                .isNull(); // a changed copy is a new message
    }

    @Test
    void batchesJoinedFromArrivedMessagesAreEncodedAsTheirConcatenation() throws Exception {
        ExportTraceServiceRequest batch = arrived(spans("a"));
        for (String name : new String[] {"b", "c", "d"}) {
            batch = SignalType.TRACES.append(batch, arrived(spans(name)));
        }

        byte[] encoding = WireEncodings.of(batch);
        assertThat(ExportTraceServiceRequest.parseFrom(encoding)).isEqualTo(batch);
        assertThat(SignalType.TRACES.itemCount(ExportTraceServiceRequest.parseFrom(encoding))).isEqualTo(4);
    }

    @Test
    void aJoinWithAPartOfUnknownEncodingOrWithUnknownFieldsIsEncodedAgain() throws Exception {
        ExportTraceServiceRequest first = arrived(spans("a"));
        assertThat(WireEncodings.of(SignalType.TRACES.append(first, spans("built here")))).isNull();

        ExportTraceServiceRequest withUnknown = spans("b").toBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(99, UnknownFieldSet.Field.newBuilder().addVarint(7).build()).build()).build();
        assertThat(WireEncodings.of(SignalType.TRACES.append(first, arrived(withUnknown)))).isNull();
    }
}
