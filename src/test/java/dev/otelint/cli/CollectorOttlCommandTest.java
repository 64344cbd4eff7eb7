package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** collector validate on configs with OTTL: what a user sees for a statement otelint cannot run. */
class CollectorOttlCommandTest {
    @TempDir
    Path dir;

    private static final String CONFIG = """
            receivers:
              otlp:
                protocols:
                  grpc:
            processors:
              filter/health:
                error_mode: ignore
                traces:
                  span:
                    - attributes["url.path"] == "/healthz"
              transform:
                trace_statements:
                  - set(span.attributes["env"], "prod")
                  - set(span.attributes["h"], %s)
            exporters:
              debug:
            service:
              pipelines:
                traces:
                  receivers: [otlp]
                  processors: [filter/health, transform]
                  exporters: [debug]
            """;

    @Test
    void validatePassesValidOttlAndNamesAnUnsupportedFunctionWithItsLine() throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, CONFIG.formatted("Concat([span.name, \"x\"], \"-\")"));
        CliRun ok = CliRun.of("collector", "validate", "--config", good.toString());
        assertThat(ok.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(ok.out()).doesNotContain("processors::");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, CONFIG.formatted("SHA256(span.name)"));
        CliRun run = CliRun.of("collector", "validate", "--config", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(bad + ":14:").contains("error [collector.config] processors::transform: "
                + "unable to parse OTTL statement \"set(span.attributes[\"h\"], SHA256(span.name))\": function \"SHA256\" "
                + "is not supported by otelint");
    }
}
