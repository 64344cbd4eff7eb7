package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the receiver's {@code scrapers} section as hostmetricsreceiver's Config.Unmarshal does: each key
 * names a scraper ("invalid scraper key: KEY" otherwise), whose section is decoded on its own into that
 * scraper's settings, so a problem in it reads "error reading settings for scraper type \"KEY\": ...". Every
 * problem is reported, not only the first.
 */
final class ScraperConfigReader {
    private ScraperConfigReader() {}

    /** The configured scrapers by type, in config order. */
    static Map<String, ScraperSettings> read(ConfigNode scrapers, Consumer<ConfigException> errors) {
        Map<String, ScraperSettings> configured = new LinkedHashMap<>();
        if (scrapers == null || scrapers instanceof ConfigScalar s && s.isNull()) {
            return configured;
        }
        if (!(scrapers instanceof ConfigMap map)) {
            errors.accept(new ConfigException("'scrapers' expected a map, got '" + scrapers.goKind() + "'",
                    scrapers.source()));
            return configured;
        }
        for (ConfigMap.Entry entry : map.list()) {
            ScraperSpec spec = HostMetricsCatalog.scrapers().get(entry.key());
            if (spec == null) {
                errors.accept(new ConfigException("invalid scraper key: " + entry.key(), entry.keySource()));
            } else if (!spec.supported()) {
                errors.accept(new ConfigException("scraper \"" + entry.key() + "\" is known to otelcol-contrib, not"
                        + " supported by otelint (otelint has: " + HostMetricsCatalog.supportedTypes() + ")",
                        entry.keySource()));
            } else {
                configured.put(entry.key(), settings(spec, entry.value(), entry.keySource(), errors));
            }
        }
        return configured;
    }

    private static ScraperSettings settings(ScraperSpec spec, ConfigNode section, ConfigSource at,
                                            Consumer<ConfigException> errors) {
        String prefix = "error reading settings for scraper type \"" + spec.type() + "\": ";
        ScraperSettings settings = switch (spec.type()) {
            case "disk" -> new DiskSettings();
            case "filesystem" -> new FilesystemSettings();
            case "load" -> new LoadSettings();
            case "network" -> new NetworkSettings();
            default -> new ScraperSettings();
        };
        new ConfigBinder(new PrefixedProblems(prefix, "", errors)).bind(section, settings);
        settings.select(MetricSwitches.read(settings.metrics, spec, prefix, errors));
        settings.prepare(section instanceof ConfigMap map ? map : ConfigMap.empty(at), errors);
        return settings;
    }
}
