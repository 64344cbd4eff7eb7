package dev.otelint.collector.service.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Prometheus text format 0.0.4 as the collector's exporter writes it. */
class MetricRegistryTest {
    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void aCounterIsWrittenWithTotalInItsNameHelpAndType() {
        registry.counter("otelcol_exporter_sent_spans", "Number of spans sent.", Labels.of("exporter", "otlp")).add(7);

        assertThat(registry.exposition(Labels.of("service_name", "otelint"))).isEqualTo("""
                # HELP otelcol_exporter_sent_spans_total Number of spans sent.
                # TYPE otelcol_exporter_sent_spans_total counter
                otelcol_exporter_sent_spans_total{exporter="otlp",service_name="otelint"} 7
                """);
    }

    @Test
    void aSeriesNobodyRecordedIsNotWrittenButARecordedZeroIs() {
        registry.counter("otelcol_receiver_accepted_spans", "a", Labels.of("receiver", "otlp"));
        registry.counter("otelcol_receiver_refused_spans", "r", Labels.of("receiver", "otlp")).add(0);

        assertThat(registry.exposition(Labels.NONE))
                .doesNotContain("accepted")
                .contains("otelcol_receiver_refused_spans_total{receiver=\"otlp\"} 0\n");
    }

    @Test
    void aHistogramHasCumulativeBucketsSumAndCount() {
        Histogram h = registry.histogram("otelcol_processor_batch_batch_send_size", "Units", List.of(10.0, 25.0),
                Labels.of("processor", "batch"));
        h.record(10);
        h.record(11);
        h.record(30);

        assertThat(registry.exposition(Labels.NONE)).isEqualTo("""
                # HELP otelcol_processor_batch_batch_send_size Units
                # TYPE otelcol_processor_batch_batch_send_size histogram
                otelcol_processor_batch_batch_send_size_bucket{le="10",processor="batch"} 1
                otelcol_processor_batch_batch_send_size_bucket{le="25",processor="batch"} 2
                otelcol_processor_batch_batch_send_size_bucket{le="+Inf",processor="batch"} 3
                otelcol_processor_batch_batch_send_size_sum{processor="batch"} 51
                otelcol_processor_batch_batch_send_size_count{processor="batch"} 3
                """);
    }

    @Test
    void labelValuesAndHelpAreEscapedAndFamiliesSortedByName() {
        registry.gauge("b_gauge", "line\\one\ntwo", Labels.of("exporter", "say \"hi\"\\\n"), () -> 0.5);
        registry.counter("a_counter", "first", Labels.NONE).add(1);

        assertThat(registry.exposition(Labels.NONE)).isEqualTo("""
                # HELP a_counter_total first
                # TYPE a_counter_total counter
                a_counter_total 1
                # HELP b_gauge line\\\\one\\ntwo
                # TYPE b_gauge gauge
                b_gauge{exporter="say \\"hi\\"\\\\\\n"} 0.5
                """);
    }

    @Test
    void oneNameCannotBeTwoTypes() {
        registry.counter("x", "x", Labels.NONE);
        assertThatThrownBy(() -> registry.gauge("x", "x", Labels.NONE, () -> 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x is a counter");
    }
}
