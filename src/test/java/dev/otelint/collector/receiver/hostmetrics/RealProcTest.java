package dev.otelint.collector.receiver.hostmetrics;

import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.byName;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.config;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.points;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** Every scraper with every metric otelint produces, on this machine's /proc: present, plausible, as cataloged. */
class RealProcTest {
    private static final String PREFIX =
            "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/hostmetricsreceiver/internal/scraper/";

    /** The scrapers section turning on every supported metric of every supported scraper. */
    private static String everything() {
        StringJoiner scrapers = new StringJoiner(", ", "{", "}");
        for (String type : HostMetricsCatalog.supportedTypes()) {
            StringJoiner metrics = new StringJoiner(", ", "{", "}");
            HostMetricsCatalog.scraper(type).metrics().values().stream().filter(MetricSpec::supported)
                    .forEach(m -> metrics.add(m.name() + ": {enabled: true}"));
            scrapers.add(type + ": {metrics: " + metrics + "}");
        }
        return scrapers.toString();
    }

    @Test
    void everyMetricIsPresentWithTheCatalogsUnitKindAndValueType() throws InterruptedException {
        HostMetricsFixture fixture = new HostMetricsFixture();
        HostMetricsReceiver receiver = fixture.receiver(config("", everything()));
        ExportMetricsServiceRequest first = receiver.scrape();
        Thread.sleep(200);
        ExportMetricsServiceRequest second = receiver.scrape();
        Map<String, Metric> metrics = byName(second);

        for (String type : HostMetricsCatalog.supportedTypes()) {
            for (MetricSpec spec : HostMetricsCatalog.scraper(type).metrics().values()) {
                if (!spec.supported() || spec.name().startsWith("system.paging.usage")
                        || spec.name().startsWith("system.paging.utilization")
                        || spec.name().startsWith("system.network.conntrack")) {
                    continue; // no swap device, no conntrack module: legitimately absent on some machines
                }
                Metric m = metrics.get(spec.name());
                assertThat(m).as(spec.name() + " (log: " + fixture.logText() + ")").isNotNull();
                assertThat(m.getUnit()).as(spec.name()).isEqualTo(spec.unit());
                String kind = m.hasGauge() ? "GAUGE" : m.getSum().getIsMonotonic() ? "COUNTER" : "UPDOWNCOUNTER";
                assertThat(kind).as(spec.name()).isEqualTo(spec.kind().name());
                assertThat(points(m)).as(spec.name()).isNotEmpty()
                        .allMatch(p -> p.hasAsDouble() == spec.doubleValue());
            }
        }
        assertThat(second.getResourceMetrics(0).getScopeMetricsList()).extracting(s -> s.getScope().getName())
                .containsExactlyInAnyOrder(HostMetricsCatalog.supportedTypes().stream()
                        .map(t -> PREFIX + t + "scraper").toArray(String[]::new));

        // plausible values
        // the JVM may be limited to fewer CPUs than the machine has, never to more
        assertThat(value(metrics.get("system.cpu.logical.count"), ""))
                .isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(value(metrics.get("system.memory.limit"), "")).isGreaterThan(64L << 20);
        assertThat(value(metrics.get("system.processes.created"), "")).isPositive();
        Metric utilization = metrics.get("system.cpu.utilization");
        assertThat(points(utilization)).allMatch(p -> p.getAsDouble() >= 0 && p.getAsDouble() <= 1);
        double cpu0 = points(utilization).stream().filter(p -> p.getAttributes(0).getValue().getStringValue()
                .equals("cpu0")).mapToDouble(NumberDataPoint::getAsDouble).sum();
        assertThat(cpu0).satisfiesAnyOf(v -> assertThat(v).isZero(),
                v -> assertThat(v).isCloseTo(1.0, within(1e-6)));

        Map<String, Double> before = counters(first);
        counters(second).forEach((key, value) -> {
            if (before.containsKey(key)) {
                assertThat(value).as(key).isGreaterThanOrEqualTo(before.get(key));
            }
        });
    }

    private static Map<String, Double> counters(ExportMetricsServiceRequest request) {
        Map<String, Double> out = new HashMap<>();
        byName(request).values().stream().filter(m -> m.hasSum() && m.getSum().getIsMonotonic()).forEach(m ->
                points(m).forEach(p -> out.put(m.getName() + p.getAttributesList(),
                        p.hasAsInt() ? (double) p.getAsInt() : p.getAsDouble())));
        return out;
    }
}
