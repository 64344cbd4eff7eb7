package dev.otelint.integration;

import java.nio.file.Path;
import java.time.Duration;

/** One integration's line of the lint summary: its findings by severity after .otelint.yaml, and the time it took. */
public record LintResult(Path integration, int errors, int warnings, int infos, Duration time) {}
