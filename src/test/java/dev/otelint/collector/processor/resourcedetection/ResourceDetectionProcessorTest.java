package dev.otelint.collector.processor.resourcedetection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.processor.attributes.PipelineHarness;
import dev.otelint.records.AnyValues;
import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceDetectionProcessorTest {
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final CollectorLog log = new CollectorLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
    private final Host host = new Host() {
        @Override
        public Map<ComponentId, Component> extensions() {
            return Map.of();
        }

        @Override
        public CollectorLog log() {
            return log;
        }

        @Override
        public void reportFatalError(ComponentId id, Throwable error) {
            throw new AssertionError(error);
        }
    };

    private static List<String> keys(List<KeyValue> attributes) {
        return attributes.stream().map(kv -> kv.getKey() + "=" + AnyValues.asString(kv.getValue())).toList();
    }

    /** Logs through a resourcedetection processor whose env detector reads {@code env}. */
    private List<ExportLogsServiceRequest> run(Map<String, String> env, boolean override, String... detectors) {
        ResourceDetectionProcessorFactory factory = new ResourceDetectionProcessorFactory(env,
                new LinuxHostFacts(Path.of("/")));
        ResourceDetectionConfig config = factory.createDefaultConfig();
        config.detectors = SystemDetectorTest.strings(detectors);
        config.override = override;
        config.system.hostnameSources = SystemDetectorTest.strings("os");
        List<ExportLogsServiceRequest> out = new ArrayList<>();
        Processor<ExportLogsServiceRequest> processor = factory.createProcessor(SignalType.LOGS,
                new ComponentSettings(ComponentId.parse("resourcedetection"), ComponentKind.PROCESSOR, log), config,
                out::add);
        processor.start(host);
        processor.consume(Otlp.logs(1));
        processor.shutdown();
        return out;
    }

    @Test
    void overrideReplacesTheDatasValuesInPlace() {
        List<ExportLogsServiceRequest> out = run(Map.of(EnvDetector.VARIABLE, "deployment.environment.name=prod,"
                + "service.name=from-env"), true, "env");
        assertThat(keys(out.get(0).getResourceLogs(0).getResource().getAttributesList()))
                .containsExactly("service.name=from-env", "deployment.environment.name=prod");
        assertThat(out.get(0).getResourceLogs(0).getSchemaUrl()).isEmpty();
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("began detecting resource information")
                .contains("detected resource information\t{\"resource\": {\"deployment.environment.name\": \"prod\","
                        + " \"service.name\": \"from-env\"}}");
    }

    @Test
    void withoutOverrideTheDatasValuesWinAndOnlyMissingKeysAreAdded() {
        List<ExportLogsServiceRequest> out = run(Map.of(EnvDetector.VARIABLE, "deployment.environment.name=prod,"
                + "service.name=from-env"), false, "env");
        assertThat(keys(out.get(0).getResourceLogs(0).getResource().getAttributesList()))
                .containsExactly("service.name=checkout", "deployment.environment.name=prod");
    }

    @Test
    void earlierDetectorsWinAndTheSystemSchemaUrlIsSet() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/sys/kernel/hostname")), "Linux only: reads /proc");
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        List<ExportLogsServiceRequest> out = run(Map.of(EnvDetector.VARIABLE, "host.name=from-env"), true, "env",
                "system");
        assertThat(keys(out.get(0).getResourceLogs(0).getResource().getAttributesList()))
                .containsExactly("service.name=checkout", "host.name=from-env", "os.type=linux");
        assertThat(out.get(0).getResourceLogs(0).getSchemaUrl()).isEqualTo(SystemDetector.SCHEMA_URL);

        out = run(Map.of(EnvDetector.VARIABLE, "host.name=from-env"), true, "system", "env");
        assertThat(keys(out.get(0).getResourceLogs(0).getResource().getAttributesList()))
                .containsExactly("service.name=checkout", "host.name=" + hostname, "os.type=linux");
    }

    @Test
    void aFailedDetectionStopsTheStartWithTheDetectorsError() {
        assertThatThrownBy(() -> run(Map.of(EnvDetector.VARIABLE, "a=%zz"), true, "env"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("processors::resourcedetection: failed to start: invalid resource format in attribute:"
                        + " \"a=%zz\", err: invalid URL escape \"%zz\"");
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("failed to detect resource\t{\"detector\": \"env\"");
        assertThatThrownBy(() -> run(Map.of(), true)).hasMessageEndingWith(
                "resource detection failed: no detectors succeeded");
    }

    @Test
    void everySignalGetsTheHostInAPipeline() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/sys/kernel/hostname")), "Linux only: reads /proc");
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        String body = "{detectors: [system], system: {hostname_sources: [os]}}";
        List<String> expected = List.of("service.name=checkout", "host.name=" + hostname, "os.type=linux");

        List<ExportTraceServiceRequest> traces = new PipelineHarness().run("resourcedetection", body, SignalType.TRACES,
                Otlp.spans(2));
        assertThat(keys(traces.get(0).getResourceSpans(0).getResource().getAttributesList())).isEqualTo(expected);
        assertThat(traces.get(0).getResourceSpans(0).getSchemaUrl()).isEqualTo(SystemDetector.SCHEMA_URL);
        assertThat(traces.get(0).getResourceSpans(0).getScopeSpans(0).getSpansCount()).isEqualTo(2);

        List<ExportMetricsServiceRequest> metrics = new PipelineHarness().run("resourcedetection/m", body,
                SignalType.METRICS, Otlp.gauge(1));
        assertThat(keys(metrics.get(0).getResourceMetrics(0).getResource().getAttributesList())).isEqualTo(expected);

        List<ExportLogsServiceRequest> logs = new PipelineHarness().run("resourcedetection", body, SignalType.LOGS,
                Otlp.logs(1).toBuilder().setResourceLogs(0, Otlp.logs(1).getResourceLogs(0).toBuilder()
                        .setSchemaUrl("https://opentelemetry.io/schemas/1.26.0")).build());
        assertThat(keys(logs.get(0).getResourceLogs(0).getResource().getAttributesList())).isEqualTo(expected);
        assertThat(logs.get(0).getResourceLogs(0).getSchemaUrl()).as("the data's own schema URL is kept")
                .isEqualTo("https://opentelemetry.io/schemas/1.26.0");
    }
}
