package dev.otelint.catalog;

import static dev.otelint.catalog.SemconvInstrument.COUNTER;
import static dev.otelint.catalog.SemconvInstrument.GAUGE;
import static dev.otelint.catalog.SemconvInstrument.HISTOGRAM;
import static dev.otelint.catalog.SemconvInstrument.UPDOWNCOUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusNamesTest {

    @Test
    void suffixedNamesCarryTheUnitWord() {
        assertThat(PrometheusNames.metricName("http.server.request.duration", "s", HISTOGRAM, true))
                .isEqualTo("http_server_request_duration_seconds");
        assertThat(PrometheusNames.metricName("db.client.connections.use_time", "ms", HISTOGRAM, true))
                .isEqualTo("db_client_connections_use_time_milliseconds");
        assertThat(PrometheusNames.metricName("process.memory.usage", "By", UPDOWNCOUNTER, true))
                .isEqualTo("process_memory_usage_bytes");
    }

    @Test
    void perUnitsBecomePerWords() {
        assertThat(PrometheusNames.metricName("hw.network.bandwidth.limit", "By/s", UPDOWNCOUNTER, true))
                .isEqualTo("hw_network_bandwidth_limit_bytes_per_second");
        assertThat(PrometheusNames.metricName("packets.rate", "{packet}/s", GAUGE, true))
                .isEqualTo("packets_rate_per_second");
        assertThat(PrometheusNames.metricName("x", "m/mo", GAUGE, true)).isEqualTo("x_meters_per_month");
    }

    @Test
    void annotationsAddNothingAndUnknownUnitsAreCleanedUp() {
        assertThat(PrometheusNames.metricName("http.server.active_requests", "{request}", UPDOWNCOUNTER, true))
                .isEqualTo("http_server_active_requests");
        assertThat(PrometheusNames.metricName("queue.depth", "msg.s", GAUGE, true)).isEqualTo("queue_depth_msg_s");
    }

    @Test
    void countersEndInTotalOnceAndUpDownCountersDoNot() {
        assertThat(PrometheusNames.metricName("process.cpu.time", "s", COUNTER, true))
                .isEqualTo("process_cpu_time_seconds_total");
        assertThat(PrometheusNames.metricName("requests.total.count", "{request}", COUNTER, true))
                .isEqualTo("requests_count_total");
        assertThat(PrometheusNames.metricName("process.thread.count", "{thread}", UPDOWNCOUNTER, true))
                .isEqualTo("process_thread_count");
    }

    @Test
    void unitOneGivesRatioOnGaugesOnly() {
        assertThat(PrometheusNames.metricName("system.cpu.utilization", "1", GAUGE, true))
                .isEqualTo("system_cpu_utilization_ratio");
        assertThat(PrometheusNames.metricName("hw.fan.speed_ratio", "1", GAUGE, true)).isEqualTo("hw_fan_speed_ratio");
        assertThat(PrometheusNames.metricName("hw.status", "1", UPDOWNCOUNTER, true)).isEqualTo("hw_status");
    }

    @Test
    void theUnitWordIsNotRepeated() {
        assertThat(PrometheusNames.metricName("jvm.gc.seconds", "s", HISTOGRAM, true)).isEqualTo("jvm_gc_seconds");
    }

    @Test
    void withoutSuffixesOnlyInvalidCharactersChange() {
        assertThat(PrometheusNames.metricName("http.server.request.duration", "s", HISTOGRAM, false))
                .isEqualTo("http_server_request_duration");
        assertThat(PrometheusNames.metricName("process.cpu.time", "s", COUNTER, false)).isEqualTo("process_cpu_time");
        assertThat(PrometheusNames.metricName("a..b:c__d", "", GAUGE, false)).isEqualTo("a_b:c__d");
        assertThat(PrometheusNames.metricName("a..b:c__d", "", GAUGE, true)).isEqualTo("a_b_c_d");
    }

    @Test
    void aLeadingDigitGetsAnUnderscore() {
        assertThat(PrometheusNames.metricName("9p.reads", "", GAUGE, true)).isEqualTo("_9p_reads");
        assertThat(PrometheusNames.metricName("9p.reads", "", GAUGE, false)).isEqualTo("_9p_reads");
    }

    @Test
    void labelNamesReplaceEveryInvalidCharacterAndGuardTheirStart() {
        assertThat(PrometheusNames.labelName("service.name")).isEqualTo("service_name");
        assertThat(PrometheusNames.labelName("http.request.header.content-type"))
                .isEqualTo("http_request_header_content_type");
        assertThat(PrometheusNames.labelName("a..b")).isEqualTo("a__b");
        assertThat(PrometheusNames.labelName("2xx")).isEqualTo("key_2xx");
        assertThat(PrometheusNames.labelName("_private")).isEqualTo("key_private");
        assertThat(PrometheusNames.labelName("__name__")).isEqualTo("__name__");
    }

    @Test
    void lookupFindsHistogramSeriesOfTheBuiltinRegistry() {
        List<PrometheusNamesIndex.Match> matches = PrometheusNames.lookup("http_server_request_duration_seconds_bucket");
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.metric().name()).isEqualTo("http.server.request.duration");
            assertThat(match.seriesSuffix()).isEqualTo("_bucket");
            assertThat(match.addMetricSuffixes()).isTrue();
        });
        assertThat(PrometheusNames.lookup("http_server_request_duration_count"))
                .extracting(m -> m.metric().name(), PrometheusNamesIndex.Match::addMetricSuffixes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http.server.request.duration", false));
        assertThat(PrometheusNames.lookup("http_server_request_duration_seconds")).isEmpty();
    }

    @Test
    void lookupFindsCountersAndGaugesAndEveryMetricSharingAName() {
        assertThat(PrometheusNames.lookup("process_cpu_time_seconds_total"))
                .extracting(m -> m.metric().name()).containsExactly("process.cpu.time");
        assertThat(PrometheusNames.lookup("process_cpu_time"))
                .extracting(m -> m.metric().name()).containsExactly("process.cpu.time");
        assertThat(PrometheusNames.lookup("k8s_container_cpu_limit_utilization_ratio"))
                .extracting(m -> m.metric().name())
                .containsExactly("k8s.container.cpu.limit.utilization", "k8s.container.cpu.limit_utilization");
    }

    @Test
    void lookupLabelFindsTheAttribute() {
        assertThat(PrometheusNames.lookupLabel("service_name")).containsExactly("service.name");
        assertThat(PrometheusNames.lookupLabel("http_request_method")).containsExactly("http.request.method");
        assertThat(PrometheusNames.lookupLabel("no_such_label_anywhere")).isEmpty();
    }
}
