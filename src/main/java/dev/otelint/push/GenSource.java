package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.gen.GenSettings;
import dev.otelint.gen.LogGenerator;
import dev.otelint.gen.MetricGenerator;
import dev.otelint.gen.RecordGenerator;
import dev.otelint.gen.TraceGenerator;
import dev.otelint.records.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Generated load (--gen) from otelint gen's generators: {@code count} units (a trace of a server span and a
 * child, a log record, a histogram data point), or as many as fit in {@code duration}, in requests of
 * {@code batchSize} units. The pace is push's --rate, applied to the records it sends.
 */
final class GenSource implements RecordSource {
    private static final int CHILD_SPANS = 1; // otelint gen traces' default
    private final Signal signal;
    private final long count;
    private final Duration duration;
    private final int batchSize;
    private long seed;

    /** @param count units to make; ignored when {@code duration} is positive */
    GenSource(Signal signal, long count, Duration duration, int batchSize) {
        this.signal = signal;
        this.count = count;
        this.duration = duration;
        this.batchSize = batchSize;
    }

    @Override
    public String describe() {
        return "generated " + signal.label();
    }

    @Override
    public void feed(Feed feed) throws InterruptedException {
        GenSettings settings = new GenSettings(1, 0, duration, count, batchSize, "otelint-push", List.of(), List.of(),
                null);
        feed(generator(settings), feed);
    }

    private <T extends Message> void feed(RecordGenerator<T> generator, Feed feed) throws InterruptedException {
        long deadline = duration.isZero() ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        long made = 0;
        int inRequest = 0;
        while (feed.running() && (duration.isZero() ? made < count : System.nanoTime() - deadline < 0)) {
            generator.addUnit(nowNanos());
            made++;
            if (++inRequest == batchSize) {
                feed.send(generator.signal(), generator.takeRequest());
                inRequest = 0;
            }
        }
        if (inRequest > 0) {
            feed.send(generator.signal(), generator.takeRequest());
        }
    }

    private RecordGenerator<? extends Message> generator(GenSettings settings) {
        long s = seed++;
        return switch (signal) {
            case TRACES -> new TraceGenerator(settings, CHILD_SPANS, s);
            case METRICS -> new MetricGenerator(settings, s);
            case LOGS -> new LogGenerator(settings, s);
        };
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
