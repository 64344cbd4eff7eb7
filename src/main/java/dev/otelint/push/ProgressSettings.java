package dev.otelint.push;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where and how often progress is shown. The total is known after the first pass over the inputs when there
 * are several (--times): each pass sends the same records.
 */
public final class ProgressSettings {
    private final Consumer<String> out;
    private final boolean terminal;
    private final Duration interval;
    private volatile long total = -1;

    /** @param out where progress lines go, or null for none */
    public ProgressSettings(Consumer<String> out, boolean terminal, Duration interval) {
        this.out = out;
        this.terminal = terminal;
        this.interval = interval;
    }

    Progress start(Feeder feeder, Outcomes outcomes) {
        return out == null ? null : new Progress(feeder, outcomes, () -> total, out, terminal, interval);
    }

    /** The records the whole push sends, when known before it starts. */
    void total(long records) {
        total = records;
    }

    void passDone(int pass, int passes, long sentSoFar) {
        if (pass == 1 && passes > 1 && total < 0) {
            total = sentSoFar * passes;
        }
    }
}
