package dev.otelint.records;

import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Histogram data points of metric documents, the inverse of {@link HistogramFields}. The counts
 * (bucketCount, explicitBoundsCount, quantileValuesCount) and the buckets' min/max follow from the
 * lists, so they are read only when a document has buckets but not the lists they come from.
 */
final class HistogramDecoder {
    private HistogramDecoder() {}

    static Histogram explicit(MetricDocumentDecoder.PointFields point, int temporality)
            throws UnencodableRecordException {
        DocumentFields doc = point.doc();
        HistogramDataPoint.Builder p = HistogramDataPoint.newBuilder()
                .setStartTimeUnixNano(point.startTime())
                .setTimeUnixNano(point.time())
                .addAllAttributes(point.attributes())
                .addAllExemplars(ExemplarDecoder.decode(doc))
                .setCount(doc.count("count"));
        if (doc.has("bucketCountsList") || !doc.has("buckets")) {
            p.addAllBucketCounts(counts(doc, "bucketCountsList"));
            p.addAllExplicitBounds(numbers(doc, "explicitBoundsList"));
        } else {
            // Bucket i covers (bound[i-1], bound[i]]: the bounds are every bucket's max but the last.
            List<DocumentFields> buckets = doc.objects("buckets");
            for (int i = 0; i < buckets.size(); i++) {
                p.addBucketCounts(buckets.get(i).count("count"));
                if (i < buckets.size() - 1) {
                    p.addExplicitBounds(buckets.get(i).decimalOr("max", 0));
                }
            }
        }
        doc.ifDecimal("min", p::setMin);
        doc.ifDecimal("max", p::setMax);
        doc.ifDecimal("sum", p::setSum);
        return Histogram.newBuilder().addDataPoints(p).setAggregationTemporalityValue(temporality).build();
    }

    static ExponentialHistogram exponential(MetricDocumentDecoder.PointFields point, int temporality)
            throws UnencodableRecordException {
        DocumentFields doc = point.doc();
        ExponentialHistogramDataPoint.Builder p = ExponentialHistogramDataPoint.newBuilder()
                .setStartTimeUnixNano(point.startTime())
                .setTimeUnixNano(point.time())
                .addAllAttributes(point.attributes())
                .addAllExemplars(ExemplarDecoder.decode(doc))
                .setCount(doc.count("count"))
                .setZeroCount(doc.count("zeroCount"))
                .setScale((int) doc.integer("scale", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .setPositive(buckets(doc, "positive"))
                .setNegative(buckets(doc, "negative"));
        doc.ifDecimal("min", p::setMin);
        doc.ifDecimal("max", p::setMax);
        doc.ifDecimal("sum", p::setSum);
        return ExponentialHistogram.newBuilder().addDataPoints(p).setAggregationTemporalityValue(temporality)
                .build();
    }

    /** positiveBuckets/positiveOffset (or negative...): the counts and the index of the first bucket. */
    private static ExponentialHistogramDataPoint.Buckets buckets(DocumentFields doc, String side)
            throws UnencodableRecordException {
        ExponentialHistogramDataPoint.Buckets.Builder buckets = ExponentialHistogramDataPoint.Buckets.newBuilder()
                .setOffset((int) doc.integer(side + "Offset", Integer.MIN_VALUE, Integer.MAX_VALUE));
        for (DocumentFields bucket : doc.objects(side + "Buckets")) {
            buckets.addBucketCounts(bucket.count("count"));
        }
        return buckets.build();
    }

    private static List<Long> counts(DocumentFields doc, String name) throws UnencodableRecordException {
        List<JsonValue> elements = doc.array(name);
        List<Long> counts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            JsonValue element = elements.get(i);
            if (element.kind() != JsonValue.Kind.INTEGER || element.text().startsWith("-")) {
                throw doc.wrongType(name + "[" + i + "]", "a count (a non-negative integer)", element);
            }
            counts.add(Long.parseUnsignedLong(element.text()));
        }
        return counts;
    }

    private static List<Double> numbers(DocumentFields doc, String name) throws UnencodableRecordException {
        List<JsonValue> elements = doc.array(name);
        List<Double> numbers = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            JsonValue element = elements.get(i);
            if (!element.isNumber()) {
                throw doc.wrongType(name + "[" + i + "]", "a number", element);
            }
            numbers.add(Double.parseDouble(element.text()));
        }
        return numbers;
    }
}
