package dev.otelint.collector.exporter.file;

import dev.otelint.collector.component.ConfigKey;

/** file exporter group_by (one file per resource attribute value): read, not applied by otelint yet. */
public final class GroupByConfig {
    @ConfigKey("enabled")
    public boolean enabled = false;

    @ConfigKey("resource_attribute")
    public String resourceAttribute = "fileexporter.path_segment";

    @ConfigKey("max_open_files")
    public int maxOpenFiles = 100;
}
