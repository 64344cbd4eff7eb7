package dev.otelint.collector.exporter.debug;

import dev.otelint.collector.component.ConfigKey;

/** The debug exporter's settings, names and defaults as in the collector's debugexporter. */
public final class DebugConfig {
    @ConfigKey("verbosity")
    public Verbosity verbosity = Verbosity.BASIC;

    /** Entries logged per second before sampling starts. */
    @ConfigKey("sampling_initial")
    public int samplingInitial = 2;

    /** After the initial entries, every Nth is logged; 1 logs all. */
    @ConfigKey("sampling_thereafter")
    public int samplingThereafter = 1;

    /** true: through the collector's log (standard error); false: plain text on standard output. */
    @ConfigKey("use_internal_logger")
    public boolean useInternalLogger = true;
}
