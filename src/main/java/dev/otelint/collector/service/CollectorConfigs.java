package dev.otelint.collector.service;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.config.ConfigLoader;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.report.Report;
import java.util.List;
import java.util.function.Function;

/** Reads and checks a collector config given as --config and --set values; every problem goes to the report. */
public final class CollectorConfigs {

    private CollectorConfigs() {}

    /**
     * @param forRun true when the config is to be run: component types and settings otelint lacks are errors
     */
    public static CollectorConfig read(List<String> configs, List<String> sets, Function<String, String> env,
                                       ComponentRegistry registry, Report report, boolean forRun) {
        ConfigMap root = new ConfigLoader(env, report).load(configs, sets);
        for (String config : configs) {
            report.countFile(config);
        }
        return new CollectorConfigReader(registry, report, forRun).read(root);
    }
}
