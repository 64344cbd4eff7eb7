package dev.otelint.integration.bundle;

import dev.otelint.integration.IntegrationConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One integration's template, ready to write: its id, its config, and the {@code data} each config entry inlines,
 * keyed by the entry's JSON pointer ({@code /components/0}, {@code /statics/logo}, {@code /sampleData}).
 */
public final class TemplatePlan {
    private final Path integration;
    private final String name;
    private final String type;
    private final String version;
    private final IntegrationConfig config;
    private final Map<String, InlineData> dataAt;
    private final long sampleRecords;

    TemplatePlan(Path integration, String name, String type, String version, IntegrationConfig config,
                 Map<String, InlineData> dataAt, long sampleRecords) {
        this.integration = integration;
        this.name = name;
        this.type = type;
        this.version = version;
        this.config = config;
        this.dataAt = Map.copyOf(dataAt);
        this.sampleRecords = sampleRecords;
    }

    public Path integration() { return integration; }
    public String name() { return name; }
    public String type() { return type; }
    public String version() { return version; }
    /** The saved object's id: {@link TemplateId#of} the config's name, type and version. */
    public UUID id() { return TemplateId.of(name, type, version); }
    public IntegrationConfig config() { return config; }
    /** The sample records the template holds (after --max-sample-records); 0 without sample data. */
    public long sampleRecords() { return sampleRecords; }

    Map<String, InlineData> dataAt() { return dataAt; }

    /** "nginx 1.0.0 (2a6f5a70-...): 3 components, 6 assets, 3 statics, 1000 sample records". */
    public String describe() {
        return name + " " + version + " (" + id() + "): " + count(config.components().size(), "component") + ", "
                + count(config.assets().size(), "asset") + ", " + count(config.statics().size(), "static") + ", "
                + count(sampleRecords, "sample record");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
