package dev.otelint.collector.processor.resourcedetection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.CliRun;
import dev.otelint.cli.ExitCodes;
import dev.otelint.collector.processor.attributes.PipelineHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceDetectionConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreContribs() {
        ResourceDetectionConfig config = new ResourceDetectionProcessorFactory().createDefaultConfig();
        assertThat(config.detectorNames()).extracting(ConfigItem::value).containsExactly("env");
        assertThat(config.override).isTrue();
        assertThat(config.timeout).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.system.sources()).containsExactly("dns", "os");
        assertThat(config.system.resourceAttributes.enabled())
                .containsExactly(SystemAttribute.HOST_NAME, SystemAttribute.OS_TYPE);
    }

    @Test
    void supportedSettingsDecodeWithoutProblems() {
        assertThat(new PipelineHarness().problems("resourcedetection", """
                {detectors: [' env ', system], override: false, timeout: 2s, fail_on_missing_metadata: true,
                 system: {hostname_sources: [lookup, os], resource_attributes: {host.id: {enabled: true},
                   os.description: {enabled: true}, host.cpu.model.name: {enabled: true}}},
                 env: {attributes: {included: ['service.*'], excluded: [service.version]}}}""")).isEmpty();
    }

    @Test
    void cloudDetectorsAndUnknownNamesAreErrorsNamingTheDetector() {
        assertThat(new PipelineHarness().problems("resourcedetection", "{detectors: [env, ec2, gcp, nope]}"))
                .containsExactly(
                        "detector \"ec2\" is known to otelcol-contrib, not supported by otelint (otelint has: [env, system])",
                        "detector \"gcp\" is known to otelcol-contrib, not supported by otelint (otelint has: [env, system])",
                        "invalid detector key: nope");
        assertThat(new PipelineHarness().problems("resourcedetection", "{detectors: system}"))
                .containsExactly("'detectors' expected type '[]string', got unconvertible type 'string'");
    }

    @Test
    void hostnameSourcesAndAttributesOtelintCannotReadAreErrors() {
        assertThat(new PipelineHarness().problems("resourcedetection", "{system: {hostname_sources: [os, dsn]}}"))
                .containsExactly("hostname_sources contains invalid value: \"dsn\"");
        assertThat(new PipelineHarness().problems("resourcedetection", "{system: {hostname_sources: [cname]}}"))
                .containsExactly("hostname_sources: \"cname\" is known to otelcol-contrib, not supported by otelint"
                        + " (otelint has: [dns, os, lookup])");
        assertThat(new PipelineHarness().problems("resourcedetection",
                "{system: {resource_attributes: {host.mac: {enabled: true}}}}"))
                .containsExactly("system::resource_attributes::host.mac: is known to otelcol-contrib, not supported by"
                        + " otelint (set enabled: false)");
        assertThat(new PipelineHarness().problems("resourcedetection",
                "{system: {resource_attributes: {host.mac: {enabled: false}, host.name: {enabled: false}}}}")).isEmpty();
        assertThat(new PipelineHarness().problems("resourcedetection", "{system: {resource_attributes: {host.nme: {}}}}"))
                .first().asString().contains("has invalid keys: host.nme");
    }

    @Test
    void refreshIntervalIsReportedAndBadValuesUseTheCollectorsMessages() {
        assertThat(new PipelineHarness().problems("resourcedetection", "{refresh_interval: 1m}"))
                .containsExactly("setting 'refresh_interval' is known to otelcol-contrib, not supported by otelint");
        assertThat(new PipelineHarness().problems("resourcedetection", "{timeout: fast, override: 'no'}"))
                .containsExactly("error decoding 'timeout': time: invalid duration \"fast\"",
                        "'override' expected type 'bool', got unconvertible type 'string', value: 'no'");
    }

    @Test
    void collectorValidateShowsTheFileAndLineOfAnUnsupportedDetector() throws Exception {
        Path file = dir.resolve("otel.yaml");
        Files.writeString(file, """
                receivers:
                  otlp:
                    protocols: {http: {}}
                processors:
                  resourcedetection:
                    detectors:
                      - system
                      - ec2
                exporters:
                  debug:
                service:
                  pipelines:
                    logs: {receivers: [otlp], processors: [resourcedetection], exporters: [debug]}
                """);
        CliRun run = CliRun.of("collector", "validate", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(file + ":8:9: error [collector.config] processors::resourcedetection: detector"
                + " \"ec2\" is known to otelcol-contrib, not supported by otelint");
    }

    @Test
    void theShippedNginxExampleValidatesClean() {
        CliRun run = CliRun.of("collector", "validate", "--config", "examples/nginx/getting-started/collector.yaml");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("0 errors, 0 warnings");
    }
}
