package dev.otelint.gen;

import java.time.Duration;
import java.util.Locale;

/** The end of a run: items sent and failed (from the exporter's results), requests, time taken. */
public record GenSummary(String unit, long sentItems, long failedItems, long sentRequests, long failedRequests,
                         Duration elapsed) {

    /** Items the peer took per second of the run. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : sentItems / seconds;
    }

    /** e.g. {@code sent 2000 spans, failed 0 (20 requests, 0 failed) in 1.02 s: 1960.8 spans/s} */
    public String line() {
        return String.format(Locale.ROOT, "sent %d %s, failed %d (%d requests, %d failed) in %.2f s: %.1f %s/s",
                sentItems, unit, failedItems, sentRequests + failedRequests, failedRequests, elapsed.toNanos() / 1e9,
                rate(), unit);
    }
}
