package dev.otelint.migrate;

import java.nio.file.Path;
import java.util.List;

/** What `otelint migrate` was asked to do: files or directories, the conventions version, diff or write. */
public record MigrationRequest(List<Path> inputs, String semconv, boolean write) {}
