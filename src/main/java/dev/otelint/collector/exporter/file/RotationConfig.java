package dev.otelint.collector.exporter.file;

import dev.otelint.collector.component.ConfigKey;

/** file exporter rotation: on only when the "rotation" key is present; defaults as the collector's. */
public final class RotationConfig {
    @ConfigKey("max_megabytes")
    public int maxMegabytes = 100;

    /** 0: backups are not removed by age. */
    @ConfigKey("max_days")
    public int maxDays = 0;

    @ConfigKey("max_backups")
    public int maxBackups = 100;

    /** true: backup names use local time, else UTC. */
    @ConfigKey("localtime")
    public boolean localTime = false;
}
