package dev.otelint.collector.receiver.hostmetrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The hostmetrics receiver's scrapers and their metrics, read once from catalog/collector/hostmetrics-metrics.yaml. */
final class HostMetricsCatalog {
    private static final String RESOURCE = "catalog/collector/hostmetrics-metrics.yaml";
    private static final Map<String, ScraperSpec> SCRAPERS = read();

    private HostMetricsCatalog() {}

    /** Every scraper type contrib's receiver knows, in the catalog's order. */
    static Map<String, ScraperSpec> scrapers() {
        return SCRAPERS;
    }

    static ScraperSpec scraper(String type) {
        ScraperSpec spec = SCRAPERS.get(type);
        if (spec == null) {
            throw new IllegalStateException("scraper " + type + " is not in " + RESOURCE);
        }
        return spec;
    }

    /** The scraper types otelint runs. */
    static List<String> supportedTypes() {
        return SCRAPERS.values().stream().filter(ScraperSpec::supported).map(ScraperSpec::type).sorted().toList();
    }

    private static Map<String, ScraperSpec> read() {
        try (InputStream in = HostMetricsCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (the jar is incomplete)");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in).get("scrapers");
            Map<String, ScraperSpec> scrapers = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> scrapers.put(e.getKey(), scraper(e.getKey(), e.getValue())));
            return Collections.unmodifiableMap(scrapers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static ScraperSpec scraper(String type, JsonNode node) {
        Map<String, MetricSpec> metrics = new LinkedHashMap<>();
        JsonNode list = node.path("metrics");
        list.fields().forEachRemaining(e -> metrics.put(e.getKey(), metric(e.getKey(), e.getValue())));
        return new ScraperSpec(type, Collections.unmodifiableMap(metrics), node.path("supported").asBoolean(true));
    }

    private static MetricSpec metric(String name, JsonNode m) {
        List<String> attributes = new ArrayList<>();
        m.path("attributes").forEach(a -> attributes.add(a.asText()));
        return new MetricSpec(name, m.get("enabled").asBoolean(), m.get("unit").asText(),
                MetricSpec.Kind.valueOf(m.get("kind").asText().toUpperCase(Locale.ROOT)),
                m.get("value").asText().equals("double"), List.copyOf(attributes), m.path("supported").asBoolean(true));
    }
}
