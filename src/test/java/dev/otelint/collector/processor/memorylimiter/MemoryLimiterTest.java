package dev.otelint.collector.processor.memorylimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.processor.attributes.PipelineHarness;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryLimiterTest {
    private static final long MIB = 1 << 20;

    /** A heap whose reading the test sets; a GC frees {@code freedByGc}. */
    private static final class FakeHeap implements HeapMeter {
        long used;
        long freedByGc;
        int collections;

        @Override
        public long usedBytes() {
            return used;
        }

        @Override
        public long totalBytes() {
            return 1000 * MIB;
        }

        @Override
        public void collectGarbage() {
            collections++;
            used -= freedByGc;
        }
    }

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("memory_limiter"),
            ComponentKind.PROCESSOR, new CollectorLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8)));

    private static MemoryLimiterConfig config(int limitMib, int spikeMib, int limitPercentage) {
        MemoryLimiterConfig c = new MemoryLimiterConfig();
        c.checkInterval = Duration.ofHours(1); // the test drives the checks
        c.limitMib = limitMib;
        c.spikeLimitMib = spikeMib;
        c.limitPercentage = limitPercentage;
        c.minGcIntervalWhenSoftLimited = Duration.ZERO;
        return c;
    }

    @Test
    void refusesWithARetryableErrorAboveTheSoftLimitAndResumesBelowIt() {
        FakeHeap heap = new FakeHeap();
        List<ExportTraceServiceRequest> passed = new ArrayList<>();
        MemoryLimiterConfig config = config(100, 20, 0);
        MemoryChecker checker = new MemoryChecker(config, heap, settings.log(), settings.fields(SignalType.TRACES));
        Processor<ExportTraceServiceRequest> limiter = new MemoryLimiterProcessor<>(checker, Long.MAX_VALUE, "t",
                passed::add);
        assertThat(checker.softLimitBytes()).isEqualTo(80 * MIB);

        heap.used = 79 * MIB;
        checker.check();
        limiter.consume(Otlp.spans(1));
        assertThat(passed).hasSize(1);
        assertThat(heap.collections).isZero();

        heap.used = 90 * MIB; // above soft, below hard: a GC is tried, and frees nothing
        checker.check();
        assertThat(heap.collections).isEqualTo(1);
        assertThatThrownBy(() -> limiter.consume(Otlp.spans(1))).isInstanceOf(ConsumeException.class)
                .hasMessage("data refused due to high memory usage");
        assertThat(passed).hasSize(1);

        heap.used = 50 * MIB;
        checker.check();
        limiter.consume(Otlp.spans(1));
        assertThat(passed).hasSize(2);
        assertThat(logBytes.toString(StandardCharsets.UTF_8))
                .contains("Memory usage is above soft limit. Refusing data.")
                .contains("Memory usage back within limits. Resuming normal operation.");
    }

    @Test
    void aGcThatFreesEnoughAboveTheHardLimitMeansNoRefusal() {
        FakeHeap heap = new FakeHeap();
        heap.used = 120 * MIB;
        heap.freedByGc = 60 * MIB;
        MemoryChecker checker = new MemoryChecker(config(100, 0, 0), heap, settings.log(), "{}");
        checker.check();
        assertThat(heap.collections).isEqualTo(1);
        assertThat(checker.refusing()).isFalse();
        assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("Memory usage is above hard limit. Forcing a GC.");
    }

    @Test
    void limitPercentageIsOfTheTotalAndTheSpikeDefaultsToAFifthOfTheLimit() {
        MemoryChecker checker = new MemoryChecker(config(0, 0, 50), new FakeHeap(), settings.log(), "{}");
        assertThat(checker.limitBytes()).isEqualTo(500 * MIB);
        assertThat(checker.softLimitBytes()).isEqualTo(400 * MIB);
    }

    @Test
    void theRealJvmHeapOverATinyLimitIsRefusedThroughACollectorPipeline() {
        // limit_mib 1 of this test JVM's heap: in use after a GC is always more than 1 MiB
        assertThatThrownBy(() -> new PipelineHarness().run("memory_limiter",
                "{check_interval: 1s, limit_mib: 1, spike_limit_mib: 0}", SignalType.TRACES, Otlp.spans(1)))
                .isInstanceOf(ConsumeException.class).hasMessage("data refused due to high memory usage");
        List<ExportTraceServiceRequest> out = new PipelineHarness().run("memory_limiter",
                "{check_interval: 1s, limit_percentage: 100, spike_limit_percentage: 1}", SignalType.TRACES,
                Otlp.spans(1));
        assertThat(out).hasSize(1);
    }

    @Test
    void badSettingsGetTheCollectorsMessages() {
        PipelineHarness harness = new PipelineHarness();
        assertThat(harness.problems("memory_limiter", "{limit_mib: 100}"))
                .containsExactly("'check_interval' must be greater than zero");
        assertThat(harness.problems("memory_limiter", "{check_interval: 1s}"))
                .containsExactly("'limit_mib' or 'limit_percentage' must be greater than zero");
        assertThat(harness.problems("memory_limiter", "{check_interval: 1s, limit_mib: 100, spike_limit_mib: 100}"))
                .containsExactly("'spike_limit_mib' must be smaller than 'limit_mib'");
        assertThat(harness.problems("memory_limiter", "{check_interval: 1s, limit_percentage: 101}"))
                .containsExactly("'limit_percentage' and 'spike_limit_percentage' must be greater than zero and less"
                        + " than or equal to hundred");
        assertThat(harness.problems("memory_limiter", "{check_interval: 1s, limit_mib: -5}"))
                .containsExactly("cannot parse 'limit_mib', -5 overflows uint32",
                        "'limit_mib' or 'limit_percentage' must be greater than zero");
    }
}
