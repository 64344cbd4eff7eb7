package dev.otelint.collector.exporter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.records.OtlpJsonMessages;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaExporterTest {
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("kafka"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
    private final List<QueuedRetryExporter<?>> started = new ArrayList<>();
    private final KafkaBroker broker;

    KafkaExporterTest(KafkaBroker broker) {
        this.broker = broker;
    }

    private KafkaExporterConfig config(String encoding) {
        KafkaExporterConfig config = new KafkaExporterConfig();
        config.brokers = List.of(broker.bootstrap());
        int n = TOPICS.incrementAndGet();
        config.traces.topic = "spans-" + n;
        config.metrics.topic = "metrics-" + n;
        config.logs.topic = "logs-" + n;
        config.encoding = encoding;
        config.retryOnFailure.initialInterval = Duration.ofMillis(100);
        return config;
    }

    private <T extends Message> QueuedRetryExporter<T> start(SignalType<T> signal, KafkaExporterConfig config) {
        config.validate();
        QueuedRetryExporter<T> exporter = (QueuedRetryExporter<T>) new KafkaExporterFactory()
                .createExporter(signal, settings, config);
        exporter.start(null);
        started.add(exporter);
        return exporter;
    }

    @AfterEach
    void stop() {
        started.forEach(QueuedRetryExporter::shutdown);
    }

    private List<ConsumerRecord<byte[], byte[]>> read(String topic, int count) {
        return KafkaTopicReader.read(broker.bootstrap(), topic, count, Duration.ofMillis(300));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T decode(byte[] value, String encoding, T type) throws Exception {
        if (encoding.equals("otlp_json")) {
            return (T) OtlpJsonMessages.decode(value, type.newBuilderForType()).build();
        }
        return (T) type.getParserForType().parseFrom(value);
    }

    private <T extends Message> void roundTrip(SignalType<T> signal, T request, String encoding) throws Exception {
        KafkaExporterConfig config = config(encoding);
        QueuedRetryExporter<T> exporter = start(signal, config);
        exporter.consume(request);
        List<ConsumerRecord<byte[], byte[]>> records = read(config.topic(signal.signal()), 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isNull();
        assertThat(decode(records.get(0).value(), encoding, request)).isEqualTo(request);
        Await.until(() -> exporter.sentItems() == signal.itemCount(request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"otlp_proto", "otlp_json"})
    void eachSignalArrivesAsOneMessageHoldingTheRequestAsSent(String encoding) throws Exception {
        roundTrip(SignalType.TRACES, Otlp.spans(3), encoding);
        roundTrip(SignalType.METRICS, Otlp.gauge(4), encoding);
        roundTrip(SignalType.LOGS, Otlp.logs(2), encoding);
    }

    @Test
    void partitionTracesByIdSendsOneMessagePerTraceKeyedByItsHexId() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.partitionTracesById = true;
        String other = "0af7651916cd43dd8448eb211c80319c";
        ExportTraceServiceRequest request = Otlp.spans(2).toBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .addScopeSpans(io.opentelemetry.proto.trace.v1.ScopeSpans.newBuilder()
                        .addSpans(Span.newBuilder().setName("other").setTraceId(hex(other))))).build();
        start(SignalType.TRACES, config).consume(request);

        List<ConsumerRecord<byte[], byte[]>> records = read(config.traces.topic, 2);
        assertThat(records).hasSize(2);
        for (ConsumerRecord<byte[], byte[]> r : records) {
            ExportTraceServiceRequest part = ExportTraceServiceRequest.parseFrom(r.value());
            List<Span> spans = part.getResourceSpans(0).getScopeSpans(0).getSpansList();
            String key = new String(r.key(), StandardCharsets.US_ASCII);
            assertThat(spans).allSatisfy(s -> assertThat(HexFormat.of().formatHex(s.getTraceId().toByteArray()))
                    .isEqualTo(key));
        }
        assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.US_ASCII))
                .containsExactlyInAnyOrder("5b8efff798038103d269b633813fc60c", other);
        // the message keyed by the first trace holds both its spans, with their resource and scope
        ExportTraceServiceRequest first = records.stream().filter(r -> new String(r.key()).startsWith("5b8e")).findFirst()
                .map(r -> parse(r.value())).orElseThrow();
        assertThat(first).isEqualTo(Otlp.spans(2));
    }

    @Test
    void partitionMetricsByResourceSendsOneMessagePerResourceKeyedByItsAttributesHash() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.partitionMetricsByResourceAttributes = true;
        ExportMetricsServiceRequest one = Otlp.gauge(1);
        ResourceMetrics second = one.getResourceMetrics(0).toBuilder()
                .setResource(Resource.newBuilder().addAttributes(Otlp.attr("service.name", "cart"))).build();
        start(SignalType.METRICS, config).consume(one.toBuilder().addResourceMetrics(second).build());

        List<ConsumerRecord<byte[], byte[]>> records = read(config.metrics.topic, 2);
        assertThat(records).hasSize(2);
        for (ConsumerRecord<byte[], byte[]> r : records) {
            ExportMetricsServiceRequest part = ExportMetricsServiceRequest.parseFrom(r.value());
            assertThat(part.getResourceMetricsCount()).isEqualTo(1);
            assertThat(r.key()).hasSize(16)
                    .isEqualTo(ResourceHash.of(part.getResourceMetrics(0).getResource().getAttributesList()));
        }
        assertThat(records).extracting(r -> HexFormat.of().formatHex(r.key())).doesNotHaveDuplicates();
    }

    @Test
    void partitionLogsByTraceIdKeysEachTracesLogs() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.partitionLogsByTraceId = true;
        ExportLogsServiceRequest logs = Otlp.logs(1);
        LogRecord traced = logs.getResourceLogs(0).getScopeLogs(0).getLogRecords(0).toBuilder()
                .setTraceId(hex("5b8efff798038103d269b633813fc60c")).build();
        ExportLogsServiceRequest request = logs.toBuilder().setResourceLogs(0, logs.getResourceLogs(0).toBuilder()
                .setScopeLogs(0, logs.getResourceLogs(0).getScopeLogs(0).toBuilder().addLogRecords(traced))).build();
        start(SignalType.LOGS, config).consume(request);

        assertThat(read(config.logs.topic, 2)).extracting(r -> new String(r.key(), StandardCharsets.US_ASCII))
                .containsExactlyInAnyOrder("", "5b8efff798038103d269b633813fc60c");
    }

    @Test
    void recordHeadersGoOnEveryMessageAndTopicFromAttributeChoosesTheTopic() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.recordHeaders = Map.of("x-tenant", "acme");
        config.topicFromAttribute = "kafka.topic";
        String routed = "routed-" + TOPICS.incrementAndGet();
        ExportLogsServiceRequest logs = Otlp.logs(1);
        ExportLogsServiceRequest request = logs.toBuilder().setResourceLogs(0, logs.getResourceLogs(0).toBuilder()
                .setResource(Resource.newBuilder().addAttributes(Otlp.attr("kafka.topic", routed)))).build();
        start(SignalType.LOGS, config).consume(request);

        List<ConsumerRecord<byte[], byte[]>> records = read(routed, 1);
        assertThat(records).hasSize(1);
        Header header = records.get(0).headers().lastHeader("x-tenant");
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo("acme");
        assertThat(ExportLogsServiceRequest.parseFrom(records.get(0).value())).isEqualTo(request);
    }

    @Test
    void aMessageOverMaxMessageBytesIsDroppedAtOnceWithKafkasReason() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.producer.maxMessageBytes = 10_000;
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = start(SignalType.LOGS, config);
        ExportLogsServiceRequest big = Otlp.logs(1).toBuilder().setResourceLogs(0, Otlp.logs(1).getResourceLogs(0)
                .toBuilder().setScopeLogs(0, Otlp.logs(1).getResourceLogs(0).getScopeLogs(0).toBuilder()
                        .setLogRecords(0, LogRecord.newBuilder()
                                .setBody(AnyValue.newBuilder().setStringValue("x".repeat(20_000)))))).build();
        exporter.consume(big);
        Await.until(() -> logText().contains("Exporting failed. Dropping data."));
        assertThat(exporter.failedItems()).isEqualTo(1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Exporting failed. Dropping data.",
                "Failed to deliver 1 messages due to RecordTooLargeException").doesNotContain("Will retry");
        assertThat(exporter.sentItems()).isZero();
    }

    @Test
    void aMessageTheBrokerRefusesAsTooLargeIsDroppedWithTheBrokersReason() throws Exception {
        KafkaExporterConfig config = config("otlp_proto");
        config.producer.maxMessageBytes = 5_000_000; // the test broker's message.max.bytes is 2 MB
        QueuedRetryExporter<ExportLogsServiceRequest> exporter = start(SignalType.LOGS, config);
        ExportLogsServiceRequest big = ExportLogsServiceRequest.newBuilder().addResourceLogs(
                io.opentelemetry.proto.logs.v1.ResourceLogs.newBuilder().addScopeLogs(
                        io.opentelemetry.proto.logs.v1.ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder()
                                .setBody(AnyValue.newBuilder().setStringValue("x".repeat(3_000_000))))))
                .build();
        exporter.consume(big);
        Await.until(() -> logText().contains("Exporting failed. Dropping data."));
        assertThat(exporter.failedItems()).isEqualTo(1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Failed to deliver 1 messages due to "
                + "RecordTooLargeException").doesNotContain("Will retry");
    }

    private String logText() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private static ByteString hex(String id) {
        return ByteString.copyFrom(HexFormat.of().parseHex(id));
    }

    private static ExportTraceServiceRequest parse(byte[] bytes) {
        try {
            return ExportTraceServiceRequest.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
