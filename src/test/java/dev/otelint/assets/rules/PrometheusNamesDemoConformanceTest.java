package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.grafana.GrafanaDashboardFields;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The PromQL names of the opentelemetry-demo Grafana dashboard in the reference data, judged by hand. */
class PrometheusNamesDemoConformanceTest {

    private static final String DASHBOARD =
            "opentelemetry-demo/src/grafana/provisioning/dashboards/demo/demo-dashboard.json";

    private static Path dashboard() {
        Path file = Path.of(System.getProperty("otelint.reference", "../shared/reference")).resolve(DASHBOARD);
        if (!Files.isRegularFile(file)) {
            System.err.println("SKIPPED PrometheusNamesDemoConformanceTest: " + file
                    + " is absent (set -Dotelint.reference=<dir> to run it)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is absent");
        return file;
    }

    @Test
    void removedCpythonAndSdkInternalMetricsAreTheOnlyPromQlFindings() {
        List<Finding> extraction = new ArrayList<>();
        List<FieldReference> promql = GrafanaDashboardFields.extract(dashboard(), extraction::add).stream()
                .filter(PrometheusNameRules::applies).toList();

        List<Finding> findings = new AssetFieldCheck(SchemaResolver.catalog(), SemconvRegistry.builtin()).check(promql);

        // span-metrics connector names (traces_span_metrics_*) are not OTEL's; process.runtime.cpython.* left
        // semantic conventions, and otel.trace.span_processor.spans is an SDK's own metric, not a convention one
        assertThat(ReferenceIntegrations.countByRule(findings)).isEqualTo(Map.of("asset.unknown-metric", 4));
        assertThat(findings).extracting(Finding::actual).containsExactly(
                "process_runtime_cpython_cpu_time_seconds_total", "process_runtime_cpython_cpu_time_seconds_total",
                "process_runtime_cpython_memory_bytes", "otel_trace_span_processor_spans");
    }
}
