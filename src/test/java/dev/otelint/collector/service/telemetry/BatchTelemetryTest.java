package dev.otelint.collector.service.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.component.SignalType;
import org.junit.jupiter.api.Test;

/** The batch processor's metrics, by trigger, and its bytes histogram at level detailed only. */
class BatchTelemetryTest {

    private static RunningCollector collector(String level, String timeout) {
        return new RunningCollector("{receivers: {test: {}}, processors: {batch: {send_batch_size: 4, timeout: "
                + timeout + "}}, exporters: {recording: {}}, service: {telemetry: {metrics: {level: " + level
                + ", readers: [{pull: {exporter: {prometheus: {port: 0}}}}]}}, pipelines: {traces: {receivers: [test], "
                + "processors: [batch], exporters: [recording]}}}}");
    }

    @Test
    void aFullBatchCountsASizeTriggerAndAtDetailedItsBytes() throws Exception {
        try (RunningCollector c = collector("detailed", "1h")) {
            c.testReceiver.push("test", SignalType.TRACES, Otlp.spans(5)); // over send_batch_size: sent at once
            c.testReceiver.push("test", SignalType.TRACES, Otlp.spans(2)); // held

            Scrape scrape = Scrape.get(c.collector().telemetry().addresses().get(0), "/metrics");
            assertThat(scrape.value("otelcol_processor_batch_batch_size_trigger_send_total", "processor", "batch"))
                    .isEqualTo(1);
            assertThat(scrape.value("otelcol_processor_batch_timeout_trigger_send_total")).isNull();
            assertThat(scrape.value("otelcol_processor_batch_batch_send_size_bucket", "le", "10")).isEqualTo(1);
            assertThat(scrape.value("otelcol_processor_batch_batch_send_size_sum")).isEqualTo(5);
            assertThat(scrape.value("otelcol_processor_batch_batch_send_size_bytes_sum", "processor", "batch"))
                    .isEqualTo(Otlp.spans(5).getSerializedSize());
            assertThat(scrape.value("otelcol_processor_batch_batch_send_size_bytes_bucket", "le", "16777216"))
                    .isEqualTo(1);
            assertThat(scrape.value("otelcol_processor_batch_metadata_cardinality", "processor", "batch"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aBatchSentAfterTimeoutCountsATimeoutTriggerAndNormalHasNoBytes() throws Exception {
        try (RunningCollector c = collector("normal", "30ms")) {
            c.testReceiver.push("test", SignalType.TRACES, Otlp.spans(2));
            PrometheusEndpoint endpoint = c.collector().telemetry().addresses().get(0);
            Scrape.await(() -> Scrape.sample(endpoint, "otelcol_processor_batch_timeout_trigger_send_total") == 1);

            Scrape scrape = Scrape.get(endpoint, "/metrics");
            assertThat(scrape.value("otelcol_processor_batch_batch_size_trigger_send_total")).isNull();
            assertThat(scrape.value("otelcol_processor_batch_batch_send_size_count")).isEqualTo(1);
            assertThat(scrape.body).doesNotContain("otelcol_processor_batch_batch_send_size_bytes");
        }
    }
}
