package dev.otelint.collector.service.telemetry;

/** One labelled series of a metric family, written in the Prometheus text format. */
interface Series {
    /** False until first recorded: as the OpenTelemetry SDK, a series nobody recorded is not exported. */
    boolean recorded();

    void write(StringBuilder out, String family, Labels labels);

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
