package dev.otelint.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition of a running component until it holds, failing after a deadline. */
public final class Await {
    private Await() {}

    public static void until(BooleanSupplier condition) throws InterruptedException {
        until(condition, Duration.ofSeconds(20));
    }

    public static void until(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + limit).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
