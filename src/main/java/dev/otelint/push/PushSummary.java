package dev.otelint.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What became of the records, printed at the end of every push: sent, accepted, rejected with the backends'
 * reasons grouped (the first {@value #MAX_REASONS}), retried, not sent, elapsed time and rate.
 */
public record PushSummary(long sent, long requests, long accepted, long rejected, Map<String, Long> reasons,
                          long retried, long notSent, Map<String, Long> notSentReasons, long unreadable,
                          Duration elapsed, List<String> targets) {
    static final int MAX_REASONS = 10;

    /** 0 when the backends accepted everything; 1 when anything was rejected or not sent. */
    public int exitCode() {
        return rejected > 0 || notSent > 0 || unreadable > 0 ? 1 : 0;
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        String inRequests = requests > 0 || sent == 0 ? " in " + requests + (requests == 1 ? " request" : " requests") : ""; // raw logs: the receivers'
        lines.add(String.format("otelint push: %d records%s to %s in %.1fs (%d/s)", sent, inRequests,
                String.join(", ", targets), seconds, Math.round(sent / seconds)));
        lines.add("  accepted: " + accepted);
        lines.add("  rejected: " + rejected);
        grouped(reasons, lines);
        lines.add("  retried:  " + retried);
        lines.add("  not sent: " + (notSent + unreadable) + (unreadable > 0 ? " (" + unreadable + " unreadable)" : ""));
        grouped(notSentReasons, lines);
        return lines;
    }

    private static void grouped(Map<String, Long> reasons, List<String> lines) {
        int shown = 0;
        for (Map.Entry<String, Long> e : reasons.entrySet()) {
            if (shown++ == MAX_REASONS) {
                lines.add("    and " + (reasons.size() - MAX_REASONS) + " more");
                return;
            }
            lines.add("    " + e.getValue() + ": " + e.getKey());
        }
    }
}
