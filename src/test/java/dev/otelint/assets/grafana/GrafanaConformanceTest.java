package dev.otelint.assets.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extracts the field references of every Grafana dashboard under opentelemetry-demo in the reference
 * data and asserts what was observed there. Skips visibly when ../shared/reference (or
 * -Dotelint.reference) is absent.
 */
class GrafanaConformanceTest {

    private static Path demo() {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        Path dir = root.resolve("opentelemetry-demo");
        if (!Files.isDirectory(dir)) {
            System.err.println("GrafanaConformanceTest skipped: no reference data at " + dir.toAbsolutePath()
                    + " (set -Dotelint.reference=<dir>)");
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "reference data absent: " + dir);
        return dir;
    }

    @Test
    void demoDashboardFieldsAreExtractedWithoutFindings() throws IOException {
        List<Path> dashboards;
        try (Stream<Path> files = Files.walk(demo())) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<Finding> findings = new ArrayList<>();
        List<FieldReference> refs = new ArrayList<>();
        for (Path dashboard : dashboards) {
            refs.addAll(GrafanaDashboardFields.extract(dashboard, findings::add));
        }

        assertThat(dashboards).extracting(p -> p.getFileName().toString()).containsExactly("demo-dashboard.json");
        assertThat(findings).isEmpty();
        Map<String, Long> byLanguage = refs.stream()
                .collect(Collectors.groupingBy(FieldReference::language, TreeMap::new, Collectors.counting()));
        // Observed at the reference snapshot and counted by hand: 8 Prometheus targets (21 metric and label
        // names; the ${service:regex} values are not names), 2 OpenSearch PPL targets (6 query fields,
        // 3 timeField/bucketAggs fields), one Prometheus variable; the jaeger node graph names no fields.
        assertThat(byLanguage).containsExactlyEntriesOf(new TreeMap<>(Map.of("json", 3L, "ppl", 6L, "promql", 22L)));
        assertThat(refs).filteredOn(r -> r.language().equals("ppl"))
                .extracting(r -> r.field() + "@" + r.indexPattern())
                .containsExactly("resource.service.name@otel-logs-*", "traceId@otel-logs-*",
                        "severity.text@otel-logs-*", "resource.service.name@otel-logs-*", "traceId@otel-logs-*",
                        "observedTimestamp@otel-logs-*");
        assertThat(refs).filteredOn(r -> r.jsonPath().equals("panels[2].targets[0].expr"))
                // Line 152 is where the target object starts.
                .extracting(r -> r.field() + " " + r.role() + " " + r.line())
                .containsExactly("span_name GROUP_BY 152", "traces_span_metrics_duration_milliseconds_count METRIC 152",
                        "service_name FILTER 152");
        assertThat(refs).filteredOn(r -> r.objectType().equals("grafana-variable"))
                .extracting(FieldReference::field)
                .containsExactly("traces_span_metrics_duration_milliseconds_bucket");
    }
}
