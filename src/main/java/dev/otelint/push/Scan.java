package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;
import dev.otelint.records.TimestampShift;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A first streaming pass over the inputs, sending nothing: how many records they hold, of which signals, and
 * their newest time (for --shift-timestamps). Documents are not decoded; findings are left to the real pass.
 */
final class Scan implements Feed {
    private final Set<Signal> signals = EnumSet.noneOf(Signal.class);
    private long records;
    private Instant newest;

    static Scan of(List<RecordSource> sources) throws InterruptedException {
        Scan scan = new Scan();
        for (RecordSource source : sources) {
            source.feed(scan);
        }
        return scan;
    }

    @Override
    public <T extends Message> void send(SignalType<T> signal, T request) {
        records += signal.itemCount(request);
        signals.add(signal.signal());
        TimestampShift.newestTime(request).ifPresent(this::seen);
    }

    @Override
    public boolean document(Signal signal, JsonValue document) {
        records++;
        signals.add(signal);
        TimestampShift.newestTime(document).ifPresent(this::seen);
        return false;
    }

    @Override
    public <T extends Message> void sendDecoded(SignalType<T> signal, T request) {
        throw new IllegalStateException("a scan does not decode documents");
    }

    @Override
    public void unreadable(long records) {
        // reported by the pass that sends
    }

    @Override
    public boolean running() {
        return true;
    }

    private void seen(Instant time) {
        if (newest == null || time.isAfter(newest)) {
            newest = time;
        }
    }

    long records() {
        return records;
    }

    Set<Signal> signals() {
        return signals;
    }

    Optional<Instant> newest() {
        return Optional.ofNullable(newest);
    }
}
