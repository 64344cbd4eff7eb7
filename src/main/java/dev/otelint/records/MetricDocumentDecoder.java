package dev.otelint.records;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.List;
import java.util.Set;

/**
 * A Simple Schema metric document (one data point) back to an OTLP metric with that one data
 * point: the inverse of {@link MetricDocuments}.
 */
final class MetricDocumentDecoder {
    private static final EnumNames TEMPORALITIES = new EnumNames("AGGREGATION_TEMPORALITY_",
            List.of("Unspecified", "Delta", "Cumulative"));
    private static final List<String> KINDS = List.of("GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM",
            "SUMMARY");
    private static final Set<String> OWNED = DecodedScope.ownedWith(
            "name", "description", "unit", "kind", "aggregationTemporality", "monotonic", "startTime",
            "@timestamp", "observedTimestamp", "serviceName", "value@int", "value@double", "count", "sum",
            "min", "max", "bucketCountsList", "bucketCount", "explicitBoundsList", "explicitBoundsCount",
            "buckets", "positiveBuckets", "negativeBuckets", "positiveOffset", "negativeOffset", "zeroCount",
            "scale", "quantiles", "quantileValuesCount", "exemplars");

    private MetricDocumentDecoder() {}

    static ExportMetricsServiceRequest decode(JsonValue document) throws UnencodableRecordException {
        DocumentFields doc = DocumentFields.root(document);
        // serviceName is the resource's service.name; the exporter writes it from there.
        DecodedScope scope = DecodedScope.decode(doc).withResourceDefault("service.name", doc.string("serviceName"));
        Metric.Builder metric = Metric.newBuilder()
                .setName(doc.string("name"))
                .setDescription(doc.string("description"))
                .setUnit(doc.string("unit"));
        PointFields point = new PointFields(doc, RecordAttributesDecoder.decode(doc, OWNED));
        switch (kind(doc)) {
            case "GAUGE" -> metric.setGauge(Gauge.newBuilder().addDataPoints(number(point)));
            case "SUM" -> metric.setSum(Sum.newBuilder().addDataPoints(number(point))
                    .setAggregationTemporalityValue(TEMPORALITIES.number(doc, "aggregationTemporality"))
                    .setIsMonotonic(doc.bool("monotonic")));
            case "HISTOGRAM" -> metric.setHistogram(HistogramDecoder.explicit(point,
                    TEMPORALITIES.number(doc, "aggregationTemporality")));
            case "EXPONENTIAL_HISTOGRAM" -> metric.setExponentialHistogram(HistogramDecoder.exponential(point,
                    TEMPORALITIES.number(doc, "aggregationTemporality")));
            default -> metric.setSummary(Summary.newBuilder().addDataPoints(summary(point)));
        }
        return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(scope.resource())
                .addScopeMetrics(ScopeMetrics.newBuilder().setScope(scope.scope()).setSchemaUrl(scope.schemaUrl())
                        .addMetrics(metric)))
                .build();
    }

    private static String kind(DocumentFields doc) throws UnencodableRecordException {
        String kind = doc.string("kind");
        if (!KINDS.contains(kind)) {
            throw doc.invalid("kind", "expected one of " + String.join(", ", KINDS) + ", got "
                    + (doc.has("kind") ? doc.value("kind").toJson() : "nothing"), doc.value("kind"));
        }
        return kind;
    }

    private static NumberDataPoint number(PointFields point) throws UnencodableRecordException {
        DocumentFields doc = point.doc();
        NumberDataPoint.Builder p = NumberDataPoint.newBuilder()
                .setStartTimeUnixNano(point.startTime())
                .setTimeUnixNano(point.time())
                .addAllAttributes(point.attributes())
                .addAllExemplars(ExemplarDecoder.decode(doc));
        if (doc.has("value@int")) {
            p.setAsInt(doc.integer("value@int", Long.MIN_VALUE, Long.MAX_VALUE));
        } else {
            doc.ifDecimal("value@double", p::setAsDouble);
        }
        return p.build();
    }

    private static SummaryDataPoint summary(PointFields point) throws UnencodableRecordException {
        DocumentFields doc = point.doc();
        SummaryDataPoint.Builder p = SummaryDataPoint.newBuilder()
                .setStartTimeUnixNano(point.startTime())
                .setTimeUnixNano(point.time())
                .addAllAttributes(point.attributes())
                .setCount(doc.count("count"));
        doc.ifDecimal("sum", p::setSum);
        for (DocumentFields quantile : doc.objects("quantiles")) {
            p.addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder()
                    .setQuantile(quantile.decimalOr("quantile", 0))
                    .setValue(quantile.decimalOr("value", 0)));
        }
        return p.build();
    }

    /** What every data point has, read once. */
    record PointFields(DocumentFields doc, long startTime, long time, List<KeyValue> attributes) {
        PointFields(DocumentFields doc, List<KeyValue> attributes) throws UnencodableRecordException {
            this(doc, TimeDecoder.unixNanos(doc, "startTime"), TimeDecoder.unixNanos(doc, "@timestamp"), attributes);
        }
    }
}
