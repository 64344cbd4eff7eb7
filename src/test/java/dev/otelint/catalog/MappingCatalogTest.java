package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.catalog.MappingCatalog.Kind;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MappingCatalogTest {

    private final MappingCatalog catalog = MappingCatalog.builtin();

    @Test
    void everySignalHasAnIndexTemplateNamedAfterIt() {
        for (Signal signal : Signal.values()) {
            Entry template = catalog.indexTemplate(signal).orElseThrow();
            assertThat(template.name()).isEqualTo(signal.label());
            assertThat(template.kind()).isEqualTo(Kind.INDEX_TEMPLATE);
            assertThat(template.signal()).isEqualTo(signal);
            assertThat(template.resource())
                    .isEqualTo("catalog/mappings/" + signal.label() + "/" + signal.label() + "-1.0.0.mapping.json");
        }
    }

    @Test
    void readsTheTemplateTextFromTheClasspath() {
        String logs = catalog.read(catalog.indexTemplate(Signal.LOGS).orElseThrow());
        assertThat(logs).contains("\"ss4o_logs-*-*\"").contains("\"composed_of\"");
    }

    @Test
    void componentsAreLookedUpPerSignal() {
        assertThat(catalog.component("http", Signal.LOGS).orElseThrow().resource())
                .isEqualTo("catalog/mappings/logs/http-1.0.0.mapping.json");
        assertThat(catalog.component("http", Signal.METRICS).orElseThrow().resource())
                .isEqualTo("catalog/mappings/metrics/http-1.0.0.mapping.json");
        assertThat(catalog.component("tracegroups", Signal.LOGS)).isEmpty();
    }

    @Test
    void aNameUniqueAcrossSignalsNeedsNoSignal() {
        Entry elb = catalog.component("aws_elb", null).orElseThrow();
        assertThat(elb.signal()).isEqualTo(Signal.LOGS);
        assertThat(elb.version()).isEqualTo("1.0.0");
    }

    @Test
    void aNameSharedBySignalsNeedsOne() {
        assertThatThrownBy(() -> catalog.component("http", null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'http'")
                .hasMessageContaining("logs, traces, metrics");
    }

    @Test
    void indexTemplatesAreNotComponents() {
        assertThat(catalog.component("logs", Signal.LOGS)).isEmpty();
        assertThat(catalog.named("logs")).extracting(Entry::kind).containsExactly(Kind.INDEX_TEMPLATE);
        assertThat(catalog.component("no-such-thing", null)).isEmpty();
    }

    @Test
    void listsTheShippedComponents() {
        assertThat(catalog.names()).contains("http", "communication", "cloud", "container", "url", "k8s",
                "aws_cloudfront", "aws_cloudtrail", "aws_elb", "aws_rds", "aws_s3", "aws_vpc_flow", "aws_waf",
                "tracegroups", "services");
        assertThat(catalog.named("http")).extracting(Entry::signal)
                .containsExactlyInAnyOrder(Signal.LOGS, Signal.TRACES, Signal.METRICS);
    }

    @Test
    void isLoadedOnce() {
        assertThat(MappingCatalog.builtin()).isSameAs(catalog);
    }

    @Test
    void anIndexWithoutAFileKindIsRejected() {
        String index = "{\"files\": [{\"name\": \"x\", \"version\": \"1\", \"signal\": \"logs\", \"path\": \"x.json\"}]}";
        assertThatThrownBy(() -> read(index)).isInstanceOf(IllegalStateException.class).hasMessageContaining("\"kind\"");
    }

    @Test
    void anIndexWhoseSignalPointsAtAComponentIsRejected() {
        String index = "{\"signals\": {\"logs\": \"x.json\"}, \"files\": [{\"name\": \"x\", \"version\": \"1\","
                + " \"signal\": \"logs\", \"kind\": \"component\", \"path\": \"x.json\"}]}";
        assertThatThrownBy(() -> read(index)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.json is not a listed index template");
    }

    @Test
    void anIndexListingANameTwiceForOneSignalIsRejected() {
        String file = "{\"name\": \"x\", \"version\": \"1\", \"signal\": \"logs\", \"kind\": \"component\", \"path\": \"%s\"}";
        String index = "{\"files\": [" + file.formatted("a.json") + ", " + file.formatted("b.json") + "]}";
        assertThatThrownBy(() -> read(index)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'x' is listed twice for logs");
    }

    private static MappingCatalog read(String index) throws IOException {
        return MappingIndexReader.read(new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8)), "root/");
    }
}
