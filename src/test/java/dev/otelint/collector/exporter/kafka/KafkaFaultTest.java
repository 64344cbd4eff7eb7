package dev.otelint.collector.exporter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The broker goes away in the middle of a push and comes back on the same ports and log dir. */
class KafkaFaultTest {
    private static final int REQUESTS = 30;
    private static final int RECORDS_PER_REQUEST = 5;

    @Test
    void aBrokerStoppedMidPushAndRestartedGetsEveryRecord() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ComponentSettings settings = new ComponentSettings(ComponentId.parse("kafka"), ComponentKind.EXPORTER,
                new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        try (KafkaBroker broker = KafkaBroker.start(1)) {
            KafkaExporterConfig config = new KafkaExporterConfig();
            config.brokers = List.of(broker.bootstrap());
            config.logs.topic = "fault";
            config.timeout = Duration.ofSeconds(2);
            config.retryOnFailure.initialInterval = Duration.ofMillis(200);
            config.retryOnFailure.maxInterval = Duration.ofSeconds(1);
            config.validate();
            QueuedRetryExporter<ExportLogsServiceRequest> exporter = (QueuedRetryExporter<ExportLogsServiceRequest>)
                    new KafkaExporterFactory().createExporter(SignalType.LOGS, settings, config);
            exporter.start(null);
            try {
                for (int i = 0; i < REQUESTS; i++) {
                    if (i == REQUESTS / 3) {
                        Await.until(() -> exporter.sentItems() > 0);
                        broker.stop();
                    }
                    if (i == 2 * REQUESTS / 3) {
                        Thread.sleep(3000); // requests pile up and fail while the broker is gone
                        broker.restart();
                    }
                    exporter.consume(request(i));
                }
                Await.until(() -> exporter.sentItems() == REQUESTS * RECORDS_PER_REQUEST, Duration.ofSeconds(60));
            } finally {
                exporter.shutdown();
            }
            assertThat(exporter.failedItems()).isZero();
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("Exporting failed. Will retry the request");

            // at least once: a request retried after a lost answer may arrive twice, but none is missing
            List<ConsumerRecord<byte[], byte[]>> records = KafkaTopicReader.read(broker.bootstrap(), "fault", REQUESTS,
                    Duration.ofSeconds(1));
            Set<String> bodies = new TreeSet<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                ExportLogsServiceRequest.parseFrom(r.value()).getResourceLogs(0).getScopeLogs(0).getLogRecordsList()
                        .forEach(l -> bodies.add(l.getBody().getStringValue()));
            }
            assertThat(records.size()).isGreaterThanOrEqualTo(REQUESTS);
            assertThat(bodies).hasSize(REQUESTS * RECORDS_PER_REQUEST);
        }
    }

    private static ExportLogsServiceRequest request(int i) {
        ScopeLogs.Builder scope = ScopeLogs.newBuilder();
        for (int j = 0; j < RECORDS_PER_REQUEST; j++) {
            scope.addLogRecords(LogRecord.newBuilder().setBody(AnyValue.newBuilder().setStringValue("r" + i + "-" + j)));
        }
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(scope)).build();
    }
}
