package dev.otelint.collector.receiver.filelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogConfigTest {
    @TempDir
    Path dir;

    private String validate(String yaml) throws Exception {
        Path config = dir.resolve("otel.yaml");
        Files.writeString(config, yaml);
        StringWriter out = new StringWriter();
        Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "collector", "validate", "--config",
                config.toString());
        return out.toString();
    }

    @Test
    void collectorValidateReportsEveryFilelogProblemWithItsLine() throws Exception {
        String out = validate("""
                receivers:
                  filelog:
                    include: [/var/log/*.log]
                    start_at: middle
                    multiline: {line_start_pattern: a, line_end_pattern: b}
                    operators:
                      - type: regex_parser
                        regex: '^(?P<a>\\w+)'
                        if: 'body.x in ["a"]'
                      - type: json_parser
                        on_error: explode
                exporters:
                  debug: {}
                extensions:
                  file_storage:
                    directory: %s
                service:
                  extensions: [file_storage]
                  pipelines:
                    logs: {receivers: [filelog], exporters: [debug]}
                """.formatted(dir.resolve("missing")));
        assertThat(out).contains("otel.yaml:2:3: error [collector.config] receivers::filelog: "
                + "invalid start_at location 'middle'")
                .contains("only one of line_start_pattern or line_end_pattern can be set")
                .contains("operators[1] (" + dir.resolve("otel.yaml") + ":10:9): 'on_error' unsupported value \"explode\"")
                .contains("if 'body.x in [\"a\"]': unsupported expression construct 'in' at column 8")
                .contains("extensions::file_storage: directory must exist");
    }

    @Test
    void aValidConfigWithStorageIsClean() throws Exception {
        String out = validate("""
                receivers:
                  filelog:
                    include: [/var/log/*.log]
                    fingerprint_size: 2kb
                    max_log_size: 1MiB
                    storage: file_storage
                exporters:
                  debug: {}
                extensions:
                  file_storage:
                    directory: %s
                    compaction: {on_start: true}
                service:
                  extensions: [file_storage]
                  pipelines:
                    logs: {receivers: [filelog], exporters: [debug]}
                """.formatted(dir));
        assertThat(out).contains("0 errors, 0 warnings");
    }
}
