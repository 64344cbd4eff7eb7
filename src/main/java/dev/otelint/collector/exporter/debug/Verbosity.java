package dev.otelint.collector.exporter.debug;

/** The debug exporter's verbosity levels. */
public enum Verbosity { BASIC, NORMAL, DETAILED }
