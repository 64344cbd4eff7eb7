package dev.otelint.collector.exporter.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Config defaults, index patterns and the index of an already-encoded document. */
class OpenSearchNamingTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 6, 7, 8, 9, 10, 0, ZoneOffset.UTC);

    @Test
    void defaultsAreTheExportersOwn() {
        OpenSearchExporterConfig config = new OpenSearchExporterFactory().createDefaultConfig();
        assertThat(config.dataset).isEqualTo("default");
        assertThat(config.namespace).isEqualTo("namespace");
        assertThat(config.bulkAction).isEqualTo("create");
        assertThat(config.mapping.mode).isEqualTo("ss4o");
        assertThat(config.sendingQueue.enabled).isTrue();
        assertThat(config.retryOnFailure.enabled).isTrue();
        assertThat(new OpenSearchExporterFactory().pushTarget().orElseThrow().config("https://u:p@os:9201"))
                .isEqualTo(java.util.Map.of("http", java.util.Map.of("endpoint", "https://u:p@os:9201")));
        assertThat(new OpenSearchExporterFactory().pushTarget().orElseThrow().address("https://u:p@os:9201"))
                .contains(new dev.otelint.collector.net.HostPort("os", 9201));
    }

    @Test
    void placeholdersPreferTheRecordThenTheScopeThenTheResource() {
        IndexPattern pattern = new IndexPattern("logs-%{service.name}-%{scope.name}-%{tier}", "", "yyyy.MM.dd", "d");
        Resource resource = Resource.newBuilder().addAttributes(Otlp.attr("service.name", "checkout"))
                .addAttributes(Otlp.attr("tier", "gold")).build();
        InstrumentationScope scope = InstrumentationScope.newBuilder().setName("io.lib").build();

        assertThat(pattern.resolve(List.of(Otlp.attr("tier", "silver")), scope, resource, NOW))
                .isEqualTo("logs-checkout-io.lib-silver-2025.06.07");
        assertThat(pattern.resolve(List.of(Otlp.attr("tier", "")), InstrumentationScope.getDefaultInstance(),
                Resource.getDefaultInstance(), NOW)).isEqualTo("logs-unknown-unknown-unknown-2025.06.07");
        assertThat(new IndexPattern("", "", "", "ss4o_logs-a-b").resolve(List.of(), scope, resource, NOW))
                .isEqualTo("ss4o_logs-a-b");
    }

    @Test
    void aDocumentsDataStreamNamesItsIndex() throws java.io.IOException {
        OpenSearchIndexNames names = new OpenSearchIndexNames(Signal.LOGS, "default", "namespace");
        JsonValue withStream = doc("{\"attributes\":{\"data_stream\":{\"dataset\":\"nginx.access\","
                + "\"namespace\":\"production\",\"type\":\"logs\"}}}");
        JsonValue exporterStyle = doc("{\"attributes\":{\"data_stream\":{\"dataset\":\"app\",\"type\":\"span\"}}}");

        assertThat(names.indexOf(withStream)).isEqualTo("ss4o_logs-nginx.access-production");
        assertThat(names.indexOf(exporterStyle)).isEqualTo("ss4o_traces-app-namespace");
        assertThat(names.indexOf(doc("{\"body\":\"x\"}"))).isEqualTo("ss4o_logs-default-namespace");
    }

    private static JsonValue doc(String json) throws java.io.IOException {
        return dev.otelint.records.JsonTreeReader.parse(json);
    }
}
