package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.catalog.PrometheusNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every PromQL query of the OpenTelemetry demo's Grafana dashboard in ../shared/reference parses. */
class PromQlConformanceTest {

    private static final String DASHBOARD =
            "opentelemetry-demo/src/grafana/provisioning/dashboards/demo/demo-dashboard.json";

    @Test
    void everyDemoDashboardPromQlQueryParses() throws IOException, QuerySyntaxException {
        List<String> queries = prometheusQueries(dashboard());
        // 8 panel targets and the "service" variable's query, as observed at demo commit 054282e
        assertThat(queries).hasSize(9);
        Set<String> metrics = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        for (String query : queries) {
            GrafanaVariables.Expansion expansion = GrafanaVariables.expand(query);
            PromQlQuery parsed = PromQlParser.parse(expansion.text());
            parsed.metrics().forEach(m -> metrics.add(m.name()));
            parsed.labels().forEach(l -> labels.add(l.name()));
            for (QueryField field : parsed.fields()) {
                QueryField back = expansion.toOriginal(field);
                assertThat(query.substring(back.offset(), back.offset() + back.length())).isEqualTo(field.name());
            }
        }
        assertThat(metrics).containsExactly("demo_recommendation_requests_total", "otel_trace_span_processor_spans",
                "process_runtime_cpython_cpu_time_seconds_total", "process_runtime_cpython_memory_bytes",
                "traces_span_metrics_calls_total", "traces_span_metrics_duration_milliseconds_bucket",
                "traces_span_metrics_duration_milliseconds_count");
        assertThat(labels).containsExactly("job", "le", "recommendation_type", "service_name", "span_name",
                "status_code", "type");
        // the demo's metrics come from its own instrumentation and the spanmetrics connector, not semconv 1.44
        assertThat(metrics).allSatisfy(name -> assertThat(PrometheusNames.lookup(name)).isEmpty());
        assertThat(PrometheusNames.lookupLabel("service_name")).containsExactly("service.name");
    }

    private static JsonNode dashboard() throws IOException {
        String configured = System.getProperty("otelint.reference");
        Path root = configured != null ? Path.of(configured) : Path.of("../shared/reference");
        Path file = root.resolve(DASHBOARD);
        if (!Files.isRegularFile(file)) {
            System.err.println("PromQlConformanceTest skipped: " + file + " is absent (no ../shared/reference)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), "reference dashboard absent: " + file);
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Panel targets' "expr" and query variables' "query" whose datasource is Prometheus. */
    private static List<String> prometheusQueries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        collect(dashboard, queries);
        return queries;
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isObject()) {
            boolean prometheus = "prometheus".equals(node.path("datasource").path("type").asText());
            if (prometheus && node.path("expr").isTextual()) {
                into.add(node.get("expr").asText());
            } else if (prometheus && node.path("query").path("query").isTextual()) {
                into.add(node.get("query").get("query").asText());
            }
        }
        node.forEach(child -> collect(child, into));
    }
}
