package dev.otelint.push;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * "sent N (R/s) | failed F | ETA 12s": on a terminal one line redrawn in place every half second; otherwise
 * a plain line per interval, so that logs of CI runs stay readable.
 */
final class Progress implements AutoCloseable {
    private static final long TERMINAL_REDRAW_MILLIS = 500;

    private final Feeder feeder;
    private final Outcomes outcomes;
    private final LongSupplier total;
    private final Consumer<String> out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param total records the whole push will send, or a negative number while unknown
     * @param out   where lines go (standard error), without line ends
     */
    Progress(Feeder feeder, Outcomes outcomes, LongSupplier total, Consumer<String> out, boolean terminal,
             Duration interval) {
        this.feeder = feeder;
        this.outcomes = outcomes;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        long millis = terminal ? TERMINAL_REDRAW_MILLIS : Math.max(interval.toMillis(), 1);
        this.thread = new Thread(() -> loop(millis), "otelint-push-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(long millis) {
        try {
            while (!closed) {
                Thread.sleep(millis);
                if (!closed) {
                    out.accept(terminal ? "\r" + line() + "   " : line());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String line() {
        long sent = feeder.sent.sum();
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        double rate = sent / seconds;
        StringBuilder line = new StringBuilder("sent ").append(sent);
        long all = total.getAsLong();
        if (all >= 0) {
            line.append('/').append(all);
        }
        line.append(" (").append(Math.round(rate)).append("/s) | failed ")
                .append(outcomes.rejected.sum() + feeder.notSent.sum() + feeder.unreadable.sum());
        eta(all, sent, rate).ifPresent(s -> line.append(" | ETA ").append(s).append('s'));
        return line.toString();
    }

    private static OptionalLong eta(long all, long sent, double rate) {
        if (all < 0 || rate <= 0 || sent >= all) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil((all - sent) / rate));
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminal) {
            out.accept("\r" + line() + "\n");
        }
    }
}
