package dev.otelint.integration.bundle;

import dev.otelint.integration.IntegrationConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One integration's template, ready to write: its id, its config, and the {@code data} each config entry inlines,
 * keyed by the entry's JSON pointer ({@code /components/0}, {@code /statics/logo}, {@code /sampleData}).
 *
 * @param sampleRecords the sample records the template holds (after --max-sample-records), 0 without sample data
 */
public record TemplatePlan(Path integration, String name, String type, String version, UUID id,
                           IntegrationConfig config, Map<String, InlineData> dataAt, long sampleRecords) {

    /** "nginx 1.0.0 (2a6f5a70-...): 3 components, 6 assets, 3 statics, 1000 sample records". */
    public String describe() {
        return name + " " + version + " (" + id + "): " + count(config.components().size(), "component") + ", "
                + count(config.assets().size(), "asset") + ", " + count(config.statics().size(), "static") + ", "
                + count(sampleRecords, "sample record");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
