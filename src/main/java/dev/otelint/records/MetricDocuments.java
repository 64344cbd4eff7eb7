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
    // The ss4o metrics template maps bucket bounds as 32-bit floats; the exporter clamps to their range.
    private static final double MAX_FLOAT32 = Float.MAX_VALUE;
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
    private static String dataField(Metric metric) {
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
            case HISTOGRAM -> histogramValues(doc, source, metric.getHistogram().getDataPoints(index));
            case EXPONENTIAL_HISTOGRAM -> exponentialHistogramValues(doc, source,
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
            case AS_DOUBLE -> optionalDouble(doc, "value@double", p.getAsDouble(), "asDouble");
            case VALUE_NOT_SET -> { }
        }
    }

    private static void histogramValues(ObjectBuilder doc, JsonValue source, HistogramDataPoint p) {
        List<Long> counts = p.getBucketCountsList();
        List<Double> bounds = new ArrayList<>(p.getExplicitBoundsCount());
        for (double bound : p.getExplicitBoundsList()) {
            bounds.add(clampToFloat32(bound));
        }
        JsonValue countsSource = OtlpSource.value(source, "bucketCounts");
        JsonValue boundsSource = OtlpSource.value(source, "explicitBounds");
        Origin origin = doc.origin();
        if (!counts.isEmpty()) {
            doc.put("buckets", explicitBuckets(counts, bounds, origin, countsSource), "bucketCounts");
        }
        doc.number("bucketCount", Integer.toString(counts.size()), "bucketCounts");
        if (!counts.isEmpty()) {
            List<JsonValue> elements = new ArrayList<>(counts.size());
            for (long count : counts) {
                elements.add(origin.number(Long.toUnsignedString(count), countsSource));
            }
            doc.put("bucketCountsList", origin.array(elements, countsSource), "bucketCounts");
        }
        if (!bounds.isEmpty()) {
            List<JsonValue> elements = new ArrayList<>(bounds.size());
            for (double bound : bounds) {
                elements.add(origin.number(GoFormat.float64(bound), boundsSource));
            }
            doc.put("explicitBoundsList", origin.array(elements, boundsSource), "explicitBounds");
        }
        doc.number("explicitBoundsCount", Integer.toString(bounds.size()), "explicitBounds");
        minMaxSumCount(doc, p.hasMax(), p.getMax(), p.hasMin(), p.getMin(), p.hasSum(), p.getSum(), p.getCount());
    }

    private static void exponentialHistogramValues(ObjectBuilder doc, JsonValue source,
                                                   ExponentialHistogramDataPoint p) {
        Origin origin = doc.origin();
        if (p.getPositive().getBucketCountsCount() > 0) {
            doc.put("positiveBuckets", exponentialBuckets(p.getScale(), p.getPositive(), false, origin,
                    OtlpSource.value(source, "positive")), "positive");
        }
        if (p.getNegative().getBucketCountsCount() > 0) {
            doc.put("negativeBuckets", exponentialBuckets(p.getScale(), p.getNegative(), true, origin,
                    OtlpSource.value(source, "negative")), "negative");
        }
        doc.number("positiveOffset", Integer.toString(p.getPositive().getOffset()), "positive");
        doc.number("negativeOffset", Integer.toString(p.getNegative().getOffset()), "negative");
        doc.unsigned("zeroCount", p.getZeroCount(), "zeroCount");
        doc.number("scale", Integer.toString(p.getScale()), "scale");
        minMaxSumCount(doc, p.hasMax(), p.getMax(), p.hasMin(), p.getMin(), p.hasSum(), p.getSum(), p.getCount());
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
            quantile.number("quantile", GoFormat.float64(finite(q.getQuantile())), "quantile");
            quantile.number("value", GoFormat.float64(finite(q.getValue())), "value");
            quantiles.add(quantile.build());
        }
        if (!quantiles.isEmpty()) {
            doc.put("quantiles", origin.array(quantiles, OtlpSource.value(source, "quantileValues")), "quantileValues");
        }
        doc.number("quantileValuesCount", Integer.toString(quantiles.size()), "quantileValues");
        optionalDouble(doc, "sum", p.getSum(), "sum");
        doc.unsigned("count", p.getCount(), "count");
    }

    private static void minMaxSumCount(ObjectBuilder doc, boolean hasMax, double max, boolean hasMin, double min,
                                       boolean hasSum, double sum, long count) {
        if (hasMax) {
            optionalDouble(doc, "max", max, "max");
        }
        if (hasMin) {
            optionalDouble(doc, "min", min, "min");
        }
        if (hasSum) {
            optionalDouble(doc, "sum", sum, "sum");
        }
        doc.unsigned("count", count, "count");
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
                case AS_DOUBLE -> optionalDouble(x, "value", e.getAsDouble(), "asDouble");
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

    /** Bucket i of an explicit-bounds histogram covers (bounds[i-1], bounds[i]]; open ends are ±MaxFloat32. */
    private static JsonValue explicitBuckets(List<Long> counts, List<Double> bounds, Origin origin, JsonValue at) {
        List<JsonValue> buckets = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            double min = i > 0 && i - 1 < bounds.size() ? bounds.get(i - 1) : -MAX_FLOAT32;
            double max = i < bounds.size() ? bounds.get(i) : MAX_FLOAT32;
            buckets.add(bucket(counts.get(i), min, max, origin, at));
        }
        return origin.array(buckets, at);
    }

    /** Positive bucket i covers (base^(offset+i), base^(offset+i+1)] with base = 2^(2^-scale); negatives mirror. */
    private static JsonValue exponentialBuckets(int scale, ExponentialHistogramDataPoint.Buckets b, boolean negative,
                                                Origin origin, JsonValue at) {
        double base = Math.pow(2, Math.pow(2, -scale));
        List<JsonValue> buckets = new ArrayList<>(b.getBucketCountsCount());
        for (int i = 0; i < b.getBucketCountsCount(); i++) {
            double lower = Math.pow(base, (double) b.getOffset() + i);
            double upper = Math.pow(base, (double) b.getOffset() + i + 1);
            double min = negative ? -upper : lower;
            double max = negative ? -lower : upper;
            buckets.add(bucket(b.getBucketCounts(i), clampToFloat32(min), clampToFloat32(max), origin, at));
        }
        return origin.array(buckets, at);
    }

    private static JsonValue bucket(long count, double min, double max, Origin origin, JsonValue at) {
        List<JsonValue.Member> members = List.of(
                origin.member("count", origin.number(Long.toUnsignedString(count), at), at),
                origin.member("min", origin.number(GoFormat.float64(min), at), at),
                origin.member("max", origin.number(GoFormat.float64(max), at), at));
        return origin.object(members, at);
    }

    /** The exporter leaves out NaN (OTLP's "no value") and caps the infinities at ±MaxFloat64. */
    private static void optionalDouble(ObjectBuilder doc, String name, double value, String sourceField) {
        if (!Double.isNaN(value)) {
            doc.number(name, GoFormat.float64(finite(value)), sourceField);
        }
    }

    private static double finite(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return Double.MAX_VALUE;
        }
        return value == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : value;
    }

    private static double clampToFloat32(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(-MAX_FLOAT32, Math.min(MAX_FLOAT32, value));
    }
}
