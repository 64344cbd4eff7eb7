package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where push hands requests to the pipelines. A pipeline that refuses a request (its sending queue is full,
 * or a processor refuses it) gets it again after a pause, as an OTLP client retries a collector that answers
 * "unavailable", until {@code patience} has passed; then the request counts as not sent.
 */
final class Inlet {
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long MAX_PAUSE_MILLIS = 1000;

    /** The route of records from files and generators: every pipeline of their signal. */
    static final String MAIN = "";
    /**
     * The route of decoded Simple Schema documents when a target indexes the documents themselves: the
     * pipelines of the other targets only.
     */
    static final String DOCUMENTS = "documents";

    private final Map<String, TelemetryConsumer<?>> pipelines = new ConcurrentHashMap<>();
    private final Duration patience;

    Inlet(Duration patience) {
        this.patience = patience;
    }

    /** @param route the name of push's receiver in the config ({@link #MAIN} or {@link #DOCUMENTS}) */
    <T extends Message> void connect(String route, SignalType<T> signal, TelemetryConsumer<T> next) {
        pipelines.put(key(route, signal), next);
    }

    boolean accepts(String route, SignalType<?> signal) {
        return pipelines.containsKey(key(route, signal));
    }

    private static String key(String route, SignalType<?> signal) {
        return route + "/" + signal;
    }

    /** Hands {@code request} over; throws ConsumeException with the last refusal when patience runs out. */
    @SuppressWarnings("unchecked")
    <T extends Message> void send(String route, SignalType<T> signal, T request) throws InterruptedException {
        TelemetryConsumer<T> next = (TelemetryConsumer<T>) pipelines.get(key(route, signal));
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                next.consume(request);
                return;
            } catch (ConsumeException e) {
                if (System.nanoTime() + pause * 1_000_000 - deadline > 0) {
                    throw e;
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }
}
