package dev.otelint.collector.receiver.filelog.fileconsumer;

import java.time.Duration;

/**
 * How files are read: entry splitting, the longest entry (longer ones are split), and how long a last line
 * without its newline waits before it is taken as it is (stanza's force_flush_period).
 */
public record ReadSettings(Splitter splitter, int maxLogSize, Duration forceFlushPeriod) {}
