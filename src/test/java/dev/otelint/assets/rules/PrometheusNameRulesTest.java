package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.assets.query.PromQlParser;
import dev.otelint.assets.query.QuerySyntaxException;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusNameRulesTest {

    private static final PrometheusNameRules RULES = new PrometheusNameRules(SemconvRegistry.builtin());

    private static FieldReference promql(String name, FieldRole role, String function) {
        return new FieldReference("grafana/jvm.json", 12, "grafana-panel", "4", "Heap", "panels[3].targets[0].expr",
                name, role, function, null, "promql");
    }

    private static FieldReference metric(String name) {
        return promql(name, FieldRole.METRIC, "rate");
    }

    private static FieldReference label(String name) {
        return promql(name, FieldRole.GROUP_BY, "sum");
    }

    @Test
    void currentMetricsAndLabelsPass() {
        assertThat(RULES.check(metric("http_server_request_duration_seconds_bucket"))).isEmpty();
        assertThat(RULES.check(promql("jvm_memory_used_bytes", FieldRole.METRIC, null))).isEmpty();
        assertThat(RULES.check(label("http_request_method"))).isEmpty();
        assertThat(RULES.check(promql("http_route", FieldRole.FILTER, null))).isEmpty();
    }

    @Test
    void aDeprecatedMetricNamesItsReplacementInTheSameSuffixMode() {
        Finding suffixed = RULES.check(metric("jvm_buffer_memory_usage_bytes")).get(0);
        assertThat(suffixed.rule()).isEqualTo("asset.deprecated-field");
        assertThat(suffixed.message()).contains("metric jvm.buffer.memory.usage is deprecated",
                "use jvm_buffer_memory_used_bytes");
        assertThat(suffixed.fix()).isEqualTo("rename \"jvm_buffer_memory_usage_bytes\" to \"jvm_buffer_memory_used_bytes\"");

        Finding plain = RULES.check(metric("rpc_server_duration_bucket")).get(0);
        assertThat(plain.fix()).isEqualTo("rename \"rpc_server_duration_bucket\" to \"rpc_server_call_duration_bucket\"");
    }

    @Test
    void aDeprecatedMetricWithoutReplacementHasNoFix() {
        List<Finding> findings = RULES.check(metric("rpc_server_request_size_bytes_count"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.deprecated-field");
            assertThat(f.message()).contains("no metric replacement");
            assertThat(f.fix()).isNull();
        });
    }

    @Test
    void anUnknownMetricInAnOtelNamespaceWarnsWithTheClosestNames() {
        List<Finding> findings = RULES.check(metric("http_server_request_durations_seconds_bucket"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.unknown-metric");
            assertThat(f.severity().name()).isEqualTo("WARNING");
            assertThat(f.message()).contains("\"http_server_request_durations_seconds_bucket\"");
            assertThat(f.fix()).contains("http_server_request_duration_seconds_bucket");
            assertThat(f.path()).isEqualTo("grafana-panel/4:panels[3].targets[0].expr");
        });
        assertThat(RULES.check(metric("gen_ai_client_nonsense_total"))).extracting(Finding::rule)
                .containsExactly("asset.unknown-metric");
    }

    @Test
    void namesOutsideOtelNamespacesAndRecordingRulesAreNotJudged() {
        assertThat(RULES.check(metric("app_frontend_requests_total"))).isEmpty();
        assertThat(RULES.check(metric("traces_span_metrics_calls_total"))).isEmpty();
        assertThat(RULES.check(metric("http_server:requests:rate5m"))).isEmpty();
        assertThat(RULES.check(label("le"))).isEmpty();
    }

    @Test
    void aDeprecatedAttributeLabelNamesTheReplacementLabel() {
        List<Finding> findings = RULES.check(label("http_method"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.deprecated-field");
            assertThat(f.message()).contains("attribute http.method is deprecated");
            assertThat(f.fix()).isEqualTo("rename \"http_method\" to \"http_request_method\"");
        });
        assertThat(RULES.check(promql("http_status_code", FieldRole.FILTER, null))).extracting(Finding::fix)
                .containsExactly("rename \"http_status_code\" to \"http_response_status_code\"");
    }

    @Test
    void assetFieldCheckSendsPromQlHereAndNeverWarnsItUnchecked() {
        AssetFieldCheck check = new AssetFieldCheck(SchemaResolver.catalog(), SemconvRegistry.builtin());

        List<Finding> findings = check.check(List.of(metric("app_frontend_requests_total"), label("http_method"),
                metric("jvm_memory_usedd_bytes")));

        assertThat(findings).extracting(Finding::rule)
                .containsExactly("asset.deprecated-field", "asset.unknown-metric");
    }

    @Test
    void aBareMetricAndALabelMatcherOfTheSameNameAreToldApartByTheirRole() throws QuerySyntaxException {
        // http_method is a deprecated attribute's label; as a metric name it is no OTEL metric.
        List<FieldReference> refs = PromQlParser.parse("http_method{http_method=\"GET\"}").fields().stream()
                .map(f -> promql(f.name(), f.role(), f.function())).toList();

        assertThat(refs).extracting(FieldReference::role).containsExactly(FieldRole.METRIC, FieldRole.FILTER);
        assertThat(RULES.check(refs.get(0))).extracting(Finding::rule).containsExactly("asset.unknown-metric");
        assertThat(RULES.check(refs.get(1))).extracting(Finding::rule).containsExactly("asset.deprecated-field");
    }
}
