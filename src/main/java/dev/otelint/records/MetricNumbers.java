package dev.otelint.records;

/** How the exporter makes metric numbers indexable: NaN and infinities, and the float32 range of bounds. */
final class MetricNumbers {
    /** The ss4o metrics template maps bucket bounds as 32-bit floats; the exporter clamps to their range. */
    static final double MAX_FLOAT32 = Float.MAX_VALUE;

    private MetricNumbers() {}

    /** max, min and sum when the data point has them (proto3 optional), and count. */
    static void minMaxSumCount(ObjectBuilder doc, boolean hasMax, double max, boolean hasMin, double min,
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

    /** The exporter leaves out NaN (OTLP's "no value") and caps the infinities at ±MaxFloat64. */
    static void optionalDouble(ObjectBuilder doc, String name, double value, String sourceField) {
        if (!Double.isNaN(value)) {
            doc.number(name, GoFormat.float64(finite(value)), sourceField);
        }
    }

    /** ±Infinity as ±MaxFloat64, which JSON can carry. */
    static double finite(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return Double.MAX_VALUE;
        }
        return value == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : value;
    }

    /** A bucket bound within ±MaxFloat32; NaN becomes 0. */
    static double clampToFloat32(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(-MAX_FLOAT32, Math.min(MAX_FLOAT32, value));
    }
}
