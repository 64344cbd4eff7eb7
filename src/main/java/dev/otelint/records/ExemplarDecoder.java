package dev.otelint.records;

import io.opentelemetry.proto.metrics.v1.Exemplar;
import java.util.ArrayList;
import java.util.List;

/** The exemplars of a metric document: {time, value, traceId, spanId, attributes} each. */
final class ExemplarDecoder {
    private ExemplarDecoder() {}

    static List<Exemplar> decode(DocumentFields doc) throws UnencodableRecordException {
        List<Exemplar> exemplars = new ArrayList<>();
        for (DocumentFields exemplar : doc.objects("exemplars")) {
            Exemplar.Builder e = Exemplar.newBuilder()
                    .setTimeUnixNano(TimeDecoder.unixNanos(exemplar, "time"))
                    .setTraceId(IdDecoder.traceId(exemplar, "traceId"))
                    .setSpanId(IdDecoder.spanId(exemplar, "spanId"))
                    .addAllFilteredAttributes(AnyValueDecoder.keyValues(exemplar.object("attributes").json()));
            // The exporter writes every exemplar value as a double, int ones included.
            exemplar.ifDecimal("value", e::setAsDouble);
            exemplars.add(e.build());
        }
        return exemplars;
    }
}
