package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorCommandTest {
    @TempDir
    Path dir;

    private String config(String yaml) throws IOException {
        Path p = dir.resolve("otel.yaml");
        Files.writeString(p, yaml);
        return p.toString();
    }

    private static final String ZIPKIN_TO_DEBUG = """
            receivers:
              zipkin:
            processors:
              batch:
            exporters:
              debug:
            service:
              pipelines:
                traces:
                  receivers: [zipkin]
                  processors: [batch]
                  exporters: [debug]
            """;

    @Test
    void validateWarnsAboutTypesOtelintCannotRunAndPasses() throws IOException {
        String file = config(ZIPKIN_TO_DEBUG);
        CliRun run = CliRun.of("collector", "validate", "--config", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains(file + ":2:3: warning [collector.unsupported] receivers: receiver type \"zipkin\"");
    }

    @Test
    void validateFailsOnErrorsAndSpeaksJson() throws IOException {
        String file = config(ZIPKIN_TO_DEBUG.replace("exporters: [debug]", "exporters: [debug, nope]"));
        CliRun run = CliRun.of("collector", "validate", "--config", file, "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("\"rule\":\"collector.pipeline\"")
                .contains("references exporter \\\"nope\\\" which is not configured");
    }

    @Test
    void validateAppliesSetFlags() throws IOException {
        String file = config(ZIPKIN_TO_DEBUG);
        CliRun run = CliRun.of("collector", "validate", "--config", file, "--set", "processors.batch.timeout=fast");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("error decoding 'timeout': time: invalid duration \"fast\"");
    }

    @Test
    void runRefusesTypesOtelintCannotRunAsErrors() throws IOException {
        String file = config(ZIPKIN_TO_DEBUG);
        CliRun run = CliRun.of("collector", "run", "--config", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains("error [collector.unsupported] receivers: receiver type \"zipkin\"")
                .contains("otelint: the config cannot be run");
    }

    @Test
    void badYamlIsABadInputWithFileAndLine() throws IOException {
        String file = config("receivers:\n  otlp:\n  otlp:\n");
        CliRun run = CliRun.of("collector", "validate", "--config", file);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().trim()).isEqualTo("otelint: " + file + ":3:3: mapping key \"otlp\" already defined at line 2");
    }
}
