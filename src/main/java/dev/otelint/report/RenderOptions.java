package dev.otelint.report;

/** What a renderer needs besides the report: the tool version and whether to use colour. */
public record RenderOptions(String toolVersion, boolean color) {}
