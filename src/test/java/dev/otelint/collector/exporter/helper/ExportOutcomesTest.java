package dev.otelint.collector.exporter.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.telemetry.MetricRegistry;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What an exporter built on QueuedRetryExporter tells ExportOutcomes: taken, refused in part, retried, dropped. */
class ExportOutcomesTest {
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ExportOutcomes outcomes = new ExportOutcomes() {
        @Override
        public void accepted(ComponentId exporter, SignalType<?> signal, long items) {
            heard.add("accepted " + items);
        }

        @Override
        public void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {
            heard.add("rejected " + items + " " + reason);
        }

        @Override
        public void retried(ComponentId exporter, SignalType<?> signal, long items, String reason) {
            heard.add("retried " + items + " " + reason);
        }
    };
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("test"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(new ByteArrayOutputStream())), new MetricRegistry(), outcomes);

    @Test
    void aPartlyRefusedRequestCountsTheRestAsAcceptedAndTheRefusedAsFailed() {
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = exporter(answers(SendResult.rejected(2, "bad field")));
        exporter.consume(logs(5));
        assertThat(heard).containsExactly("accepted 3", "rejected 2 bad field");
        assertThat(exporter.sentItems()).isEqualTo(3);
        assertThat(exporter.failedItems()).isEqualTo(2);
    }

    @Test
    void aRetriedThenTakenRequestIsHeardAsRetriedOnceAndAcceptedOnce() {
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = exporter(answers(
                ExportFailure.retryable("busy", null, null), SendResult.allTaken()));
        exporter.consume(logs(4));
        assertThat(heard).containsExactly("retried 4 busy", "accepted 4");
    }

    @Test
    void aPermanentFailureIsHeardAsRejectedWithItsMessage() {
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = exporter(answers(
                ExportFailure.permanent("HTTP 400: mapper_parsing_exception", null)));
        assertThatThrownBy(() -> exporter.consume(logs(3))).isInstanceOf(ConsumeException.class);
        assertThat(heard).containsExactly("rejected 3 HTTP 400: mapper_parsing_exception");
        assertThat(exporter.failedItems()).isEqualTo(3);
    }

    private QueuedRetryExporter<ExportLogsServiceRequest> exporter(RequestSender<ExportLogsServiceRequest> sender) {
        QueueConfig queue = new QueueConfig();
        queue.enabled = false;
        RetryConfig retry = new RetryConfig();
        retry.initialInterval = Duration.ofMillis(1);
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = new QueuedRetryExporter<>(SignalType.LOGS, settings,
                queue, retry, sender);
        exporter.start(null);
        return exporter;
    }

    /** A sender that gives each answer in turn: a SendResult, or an ExportFailure to throw. */
    private static RequestSender<ExportLogsServiceRequest> answers(Object... answers) {
        Queue<Object> next = new ArrayDeque<>(List.of(answers));
        return request -> {
            Object answer = next.remove();
            if (answer instanceof ExportFailure f) {
                throw f;
            }
            return (SendResult) answer;
        };
    }

    private static ExportLogsServiceRequest logs(int n) {
        ScopeLogs.Builder scope = ScopeLogs.newBuilder();
        for (int i = 0; i < n; i++) {
            scope.addLogRecords(LogRecord.newBuilder().setTimeUnixNano(i + 1));
        }
        return ExportLogsServiceRequest.newBuilder()
                .addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(scope)).build();
    }
}
