package dev.otelint.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void unitsAreSpacedOnAFixedScheduleSoTheAverageRateHolds() {
        long start = System.nanoTime();
        RateLimiter limiter = new RateLimiter(500, start);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.awaitNext(Long.MAX_VALUE)).isTrue();
        }
        // unit 99 is due 99/500 s after the start
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(198));
    }

    @Test
    void aUnitDueAfterTheDeadlineIsNotMadeAndNotWaitedFor() {
        long start = System.nanoTime();
        RateLimiter limiter = new RateLimiter(10, start);
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(250);
        int made = 0;
        while (limiter.awaitNext(deadline)) {
            made++;
        }
        assertThat(made).isEqualTo(3); // due at 0, 100 and 200 ms; the one at 300 ms is past the deadline
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(290));
    }

    @Test
    void rateZeroDoesNotThrottle() {
        long start = System.nanoTime();
        RateLimiter limiter = new RateLimiter(0, start);
        for (int i = 0; i < 100_000; i++) {
            limiter.awaitNext(Long.MAX_VALUE);
        }
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
    }
}
