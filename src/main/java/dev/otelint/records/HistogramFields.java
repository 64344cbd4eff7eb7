package dev.otelint.records;

import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import java.util.ArrayList;
import java.util.List;

/** The histogram fields of metric documents: counts, bounds and the exporter's materialized buckets. */
final class HistogramFields {
    private HistogramFields() {}

    /** An explicit-bounds histogram point: buckets, bucketCount(sList), explicitBounds(List/Count), min/max/sum/count. */
    static void explicit(ObjectBuilder doc, JsonValue source, HistogramDataPoint p) {
        List<Long> counts = p.getBucketCountsList();
        List<Double> bounds = new ArrayList<>(p.getExplicitBoundsCount());
        for (double bound : p.getExplicitBoundsList()) {
            bounds.add(MetricNumbers.clampToFloat32(bound));
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
        MetricNumbers.minMaxSumCount(doc, p.hasMax(), p.getMax(), p.hasMin(), p.getMin(), p.hasSum(), p.getSum(), p.getCount());
    }

    /** An exponential histogram point: positive/negative buckets and offsets, zeroCount, scale, min/max/sum/count. */
    static void exponential(ObjectBuilder doc, JsonValue source, ExponentialHistogramDataPoint p) {
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
        MetricNumbers.minMaxSumCount(doc, p.hasMax(), p.getMax(), p.hasMin(), p.getMin(), p.hasSum(), p.getSum(), p.getCount());
    }

    /** Bucket i of an explicit-bounds histogram covers (bounds[i-1], bounds[i]]; open ends are ±MaxFloat32. */
    private static JsonValue explicitBuckets(List<Long> counts, List<Double> bounds, Origin origin, JsonValue at) {
        List<JsonValue> buckets = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            double min = i > 0 && i - 1 < bounds.size() ? bounds.get(i - 1) : -MetricNumbers.MAX_FLOAT32;
            double max = i < bounds.size() ? bounds.get(i) : MetricNumbers.MAX_FLOAT32;
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
            buckets.add(bucket(b.getBucketCounts(i), MetricNumbers.clampToFloat32(min), MetricNumbers.clampToFloat32(max), origin, at));
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
}
