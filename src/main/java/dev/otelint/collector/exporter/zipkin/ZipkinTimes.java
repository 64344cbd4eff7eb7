package dev.otelint.collector.exporter.zipkin;

/** OTLP nanoseconds to Zipkin microseconds, as the translator and zipkin-go's JSON encoding round them. */
final class ZipkinTimes {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private ZipkinTimes() {}

    /** The start in microseconds (nearest); null (left out) for a start within the first second of 1970, as the translator. */
    static Long timestamp(long startNanos) {
        if (Long.compareUnsigned(startNanos, NANOS_PER_SECOND) < 0) {
            return null;
        }
        return nearestMicros(startNanos);
    }

    /** Microseconds between start and end: 0 (left out) without an end, at least 1 for any positive duration. */
    static long duration(long startNanos, long endNanos) throws InvalidSpanException {
        if (endNanos == 0) {
            return 0;
        }
        long nanos = endNanos - startNanos;
        if (nanos < 0) {
            // zipkin-go refuses to encode it ("valid span duration required")
            throw new InvalidSpanException("valid span duration required");
        }
        return nanos > 0 && nanos < 1000 ? 1 : nearestMicros(nanos);
    }

    /** Go's time.Round(time.Microsecond): halves round up. */
    static long nearestMicros(long nanos) {
        return Long.divideUnsigned(nanos, 1000) + (Long.remainderUnsigned(nanos, 1000) >= 500 ? 1 : 0);
    }
}
