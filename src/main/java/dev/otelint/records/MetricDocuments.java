package dev.otelint.records;

import static dev.otelint.records.DocumentParts.SPAN_ID_BYTES;
import static dev.otelint.records.DocumentParts.TRACE_ID_BYTES;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Exemplar;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Metric data points as the exporter's ss4o mode writes them (encodeMetricSSO): one document per
 * data point. See docs/otlp-encoding.md for each field.
 */
final class MetricDocuments {
    private static final String[] TEMPORALITIES = {"AGGREGATION_TEMPORALITY_UNSPECIFIED",
        "AGGREGATION_TEMPORALITY_DELTA", "AGGREGATION_TEMPORALITY_CUMULATIVE"};

    private final DocumentParts parts;

    MetricDocuments(DocumentParts parts) {
        this.parts = parts;
    }

    /** What every data point type has. */
    private record Point(List<KeyValue> attributes, long startTime, long time, List<Exemplar> exemplars) {}

    static int dataPointCount(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGauge().getDataPointsCount();
            case SUM -> metric.getSum().getDataPointsCount();
            case HISTOGRAM -> metric.getHistogram().getDataPointsCount();
            case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsCount();
            case SUMMARY -> metric.getSummary().getDataPointsCount();
            case DATA_NOT_SET -> 0;
        };
    }

    /** The OTLP/JSON object of the {@code index}-th data point of a metric, or null. */
    static JsonValue pointSource(Metric metric, JsonValue metricSource, int index) {
        JsonValue data = OtlpSource.value(metricSource, dataField(metric));
        return OtlpSource.at(OtlpSource.objects(data, "dataPoints"), index);
    }

    /** The JSON name of the metric's data field: gauge, sum, histogram, exponentialHistogram or summary. */
    static String dataField(Metric metric) {
        return Metric.getDescriptor().findFieldByNumber(metric.getDataCase().getNumber()).getJsonName();
    }

    JsonValue encode(OtlpScope ctx, Metric metric, JsonValue metricSource, int index)
            throws UnencodableRecordException {
        JsonValue source = pointSource(metric, metricSource, index);
        Origin origin = Origin.of(source);
        ObjectBuilder doc = new ObjectBuilder(origin, source);
        ObjectBuilder fromMetric = doc.lookingIn(metricSource);
        fromMetric.string("name", metric.getName(), "name");
        fromMetric.stringIfNotEmpty("description", metric.getDescription(), "description");
        fromMetric.stringIfNotEmpty("unit", metric.getUnit(), "unit");
        kind(metric, doc.lookingIn(OtlpSource.value(metricSource, dataField(metric))));
        Point point = point(metric, index);
        doc.time("startTime", point.startTime(), "startTimeUnixNano");
        doc.time("@timestamp", point.time(), "timeUnixNano");
        serviceName(doc, ctx);
        switch (metric.getDataCase()) {
            case GAUGE -> numberValue(doc, metric.getGauge().getDataPoints(index));
            case SUM -> numberValue(doc, metric.getSum().getDataPoints(index));
            case HISTOGRAM -> HistogramFields.explicit(doc, source, metric.getHistogram().getDataPoints(index));
            case EXPONENTIAL_HISTOGRAM -> HistogramFields.exponential(doc, source,
                    metric.getExponentialHistogram().getDataPoints(index));
            case SUMMARY -> summaryValues(doc, source, metric.getSummary().getDataPoints(index));
            case DATA_NOT_SET -> throw new IllegalArgumentException("a metric without data has no data points");
        }
        if (!point.exemplars().isEmpty()) {
            doc.put("exemplars", exemplars(point.exemplars(), source, origin), "exemplars");
        }
        doc.put("attributes", parts.attributes(point.attributes(), source, origin, "metric", false), "attributes");
        parts.schemaUrl(doc, ctx);
        doc.string("observedTimestamp", parts.now(), null);
        parts.resource(doc, ctx);
        parts.compactScope(doc, ctx, false);
        return doc.build();
    }

    /** kind, and for sums and histograms aggregationTemporality (and monotonic for sums). */
    private static void kind(Metric metric, ObjectBuilder fromData) {
        switch (metric.getDataCase()) {
            case GAUGE -> fromData.string("kind", "GAUGE", null);
            case SUM -> {
                fromData.string("kind", "SUM", null);
                temporality(fromData, metric.getSum().getAggregationTemporalityValue());
                fromData.bool("monotonic", metric.getSum().getIsMonotonic(), "isMonotonic");
            }
            case HISTOGRAM -> {
                fromData.string("kind", "HISTOGRAM", null);
                temporality(fromData, metric.getHistogram().getAggregationTemporalityValue());
            }
            case EXPONENTIAL_HISTOGRAM -> {
                fromData.string("kind", "EXPONENTIAL_HISTOGRAM", null);
                temporality(fromData, metric.getExponentialHistogram().getAggregationTemporalityValue());
            }
            case SUMMARY -> fromData.string("kind", "SUMMARY", null);
            case DATA_NOT_SET -> throw new IllegalArgumentException("a metric without data has no data points");
        }
    }

    private static void temporality(ObjectBuilder fromData, int value) {
        String name = value == 1 || value == 2 ? TEMPORALITIES[value] : TEMPORALITIES[0];
        fromData.string("aggregationTemporality", name, "aggregationTemporality");
    }

    private static Point point(Metric metric, int index) {
        return switch (metric.getDataCase()) {
            case GAUGE -> point(metric.getGauge().getDataPoints(index));
            case SUM -> point(metric.getSum().getDataPoints(index));
            case HISTOGRAM -> {
                HistogramDataPoint p = metric.getHistogram().getDataPoints(index);
                yield new Point(p.getAttributesList(), p.getStartTimeUnixNano(), p.getTimeUnixNano(),
                        p.getExemplarsList());
            }
            case EXPONENTIAL_HISTOGRAM -> {
                ExponentialHistogramDataPoint p = metric.getExponentialHistogram().getDataPoints(index);
                yield new Point(p.getAttributesList(), p.getStartTimeUnixNano(), p.getTimeUnixNano(),
                        p.getExemplarsList());
            }
            case SUMMARY -> {
                SummaryDataPoint p = metric.getSummary().getDataPoints(index);
                yield new Point(p.getAttributesList(), p.getStartTimeUnixNano(), p.getTimeUnixNano(), List.of());
            }
            case DATA_NOT_SET -> throw new IllegalArgumentException("a metric without data has no data points");
        };
    }

    private static Point point(NumberDataPoint p) {
        return new Point(p.getAttributesList(), p.getStartTimeUnixNano(), p.getTimeUnixNano(), p.getExemplarsList());
    }

    /** serviceName: the resource's service.name as text (pcommon Map.Get finds the first such key). */
    private static void serviceName(ObjectBuilder doc, OtlpScope ctx) {
        for (KeyValue kv : ctx.resource().getAttributesList()) {
            if (kv.getKey().equals("service.name")) {
                doc.stringIfNotEmpty("serviceName", AnyValues.asString(kv.getValue()), null);
                return;
            }
        }
    }

    private static void numberValue(ObjectBuilder doc, NumberDataPoint p) {
        switch (p.getValueCase()) {
            case AS_INT -> doc.number("value@int", Long.toString(p.getAsInt()), "asInt");
            case AS_DOUBLE -> MetricNumbers.optionalDouble(doc, "value@double", p.getAsDouble(), "asDouble");
            case VALUE_NOT_SET -> { }
        }
    }

    private static void summaryValues(ObjectBuilder doc, JsonValue source, SummaryDataPoint p) {
        Origin origin = doc.origin();
        List<JsonValue> sources = OtlpSource.objects(source, "quantileValues");
        List<JsonValue> quantiles = new ArrayList<>();
        for (int i = 0; i < p.getQuantileValuesCount(); i++) {
            SummaryDataPoint.ValueAtQuantile q = p.getQuantileValues(i);
            // NaN has no JSON form: the exporter drops the quantile rather than the document.
            if (Double.isNaN(q.getQuantile()) || Double.isNaN(q.getValue())) {
                continue;
            }
            ObjectBuilder quantile = new ObjectBuilder(origin, OtlpSource.at(sources, i));
            quantile.number("quantile", GoFormat.float64(MetricNumbers.finite(q.getQuantile())), "quantile");
            quantile.number("value", GoFormat.float64(MetricNumbers.finite(q.getValue())), "value");
            quantiles.add(quantile.build());
        }
        if (!quantiles.isEmpty()) {
            doc.put("quantiles", origin.array(quantiles, OtlpSource.value(source, "quantileValues")), "quantileValues");
        }
        doc.number("quantileValuesCount", Integer.toString(quantiles.size()), "quantileValues");
        MetricNumbers.optionalDouble(doc, "sum", p.getSum(), "sum");
        doc.unsigned("count", p.getCount(), "count");
    }

    private JsonValue exemplars(List<Exemplar> exemplars, JsonValue pointSource, Origin origin)
            throws UnencodableRecordException {
        List<JsonValue> sources = OtlpSource.objects(pointSource, "exemplars");
        List<JsonValue> result = new ArrayList<>(exemplars.size());
        for (int i = 0; i < exemplars.size(); i++) {
            Exemplar e = exemplars.get(i);
            JsonValue source = OtlpSource.at(sources, i);
            ObjectBuilder x = new ObjectBuilder(origin, source);
            x.time("time", e.getTimeUnixNano(), "timeUnixNano");
            switch (e.getValueCase()) {
                case AS_INT -> x.number("value", GoFormat.float64(e.getAsInt()), "asInt");
                case AS_DOUBLE -> MetricNumbers.optionalDouble(x, "value", e.getAsDouble(), "asDouble");
                case VALUE_NOT_SET -> { }
            }
            x.stringIfNotEmpty("traceId", DocumentParts.id(e.getTraceId(), TRACE_ID_BYTES, "traceId", origin, source),
                    "traceId");
            x.stringIfNotEmpty("spanId", DocumentParts.id(e.getSpanId(), SPAN_ID_BYTES, "spanId", origin, source),
                    "spanId");
            if (e.getFilteredAttributesCount() > 0) {
                x.put("attributes", parts.attributes(e.getFilteredAttributesList(), source, "filteredAttributes",
                        origin, null, false), "filteredAttributes");
            }
            result.add(x.build());
        }
        return origin.array(result, OtlpSource.value(pointSource, "exemplars"));
    }
}
