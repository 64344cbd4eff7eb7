package dev.otelint.collector.processor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {
    private static final ComponentSettings SETTINGS = new ComponentSettings(ComponentId.parse("batch"),
            ComponentKind.PROCESSOR, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));

    private static BatchConfig config(Duration timeout, int size, int max) {
        BatchConfig c = new BatchConfig();
        c.timeout = timeout;
        c.sendBatchSize = size;
        c.sendBatchMaxSize = max;
        return c;
    }

    private static <T extends com.google.protobuf.Message> List<Integer> sizes(SignalType<T> signal, List<T> sent) {
        return sent.stream().map(signal::itemCount).toList();
    }

    @Test
    void sendsAsSoonAsTheBatchReachesSendBatchSize() {
        List<ExportTraceServiceRequest> sent = new CopyOnWriteArrayList<>();
        Processor<ExportTraceServiceRequest> batch = new BatchProcessorFactory().createProcessor(SignalType.TRACES,
                SETTINGS, config(Duration.ofHours(1), 5, 0), sent::add);
        batch.start(null);
        batch.consume(Otlp.spans(3));
        assertThat(sent).isEmpty();
        assertThat(batch.queued()).isEqualTo(3);
        batch.consume(Otlp.spans(3));
        assertThat(sizes(SignalType.TRACES, sent)).containsExactly(6);
        assertThat(sent.get(0).getResourceSpansCount()).isEqualTo(2);
        batch.shutdown();
    }

    @Test
    void sendsWhatItHoldsWhenTheTimeoutPasses() throws InterruptedException {
        List<ExportTraceServiceRequest> sent = new CopyOnWriteArrayList<>();
        Processor<ExportTraceServiceRequest> batch = new BatchProcessorFactory().createProcessor(SignalType.TRACES,
                SETTINGS, config(Duration.ofMillis(50), 8192, 0), sent::add);
        batch.start(null);
        batch.consume(Otlp.spans(2));
        for (int i = 0; i < 100 && sent.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(sizes(SignalType.TRACES, sent)).containsExactly(2);
        batch.shutdown();
    }

    @Test
    void splitsBatchesOverTheMaximumIncludingOneMetricsDataPoints() {
        List<ExportMetricsServiceRequest> sent = new CopyOnWriteArrayList<>();
        Processor<ExportMetricsServiceRequest> batch = new BatchProcessorFactory().createProcessor(SignalType.METRICS,
                SETTINGS, config(Duration.ZERO, 4, 4), sent::add);
        batch.start(null);
        batch.consume(Otlp.gauge(10));
        batch.shutdown();
        assertThat(sizes(SignalType.METRICS, sent)).containsExactly(4, 4, 2);
        assertThat(sent.get(2).getResourceMetrics(0).getScopeMetrics(0).getMetrics(0).getGauge().getDataPoints(1).getAsInt())
                .isEqualTo(9);
        assertThat(sent).allSatisfy(r -> assertThat(r.getResourceMetrics(0).getScopeMetrics(0).getMetrics(0).getName())
                .isEqualTo("system.cpu.time"));
    }

    @Test
    void shutdownSendsWhatIsLeft() {
        List<ExportTraceServiceRequest> sent = new CopyOnWriteArrayList<>();
        Processor<ExportTraceServiceRequest> batch = new BatchProcessorFactory().createProcessor(SignalType.TRACES,
                SETTINGS, config(Duration.ofHours(1), 100, 0), sent::add);
        batch.start(null);
        batch.consume(Otlp.spans(7));
        batch.shutdown();
        assertThat(sizes(SignalType.TRACES, sent)).containsExactly(7);
        assertThat(batch.queued()).isZero();
    }

    @Test
    void defaultsAndChecksAreTheCollectors() {
        BatchConfig c = new BatchConfig();
        assertThat(c.timeout).isEqualTo(Duration.ofMillis(200));
        assertThat(c.sendBatchSize).isEqualTo(8192);
        assertThat(c.sendBatchMaxSize).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> config(Duration.ZERO, 10, 5).validate())
                .hasMessage("send_batch_max_size must be greater or equal to send_batch_size");
    }
}
