package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundleCommandTest {

    @Test
    void helpHasCopyPasteExamples() {
        CliRun run = CliRun.of("bundle", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: otelint bundle")
                .contains("otelint bundle --output nginx.ndjson integrations/nginx")
                .contains("--max-sample-records=N");
    }

    @Test
    void failOnNoneIsRefusedBecauseErrorsAlwaysRefuseTheBundle() {
        CliRun run = CliRun.of("bundle", "--fail-on", "none", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("otelint: --fail-on: expected error, warning or info, got 'none'\n");
    }
}
