package dev.otelint.collector.exporter.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DebugExporterTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("debug"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));

    private <T extends com.google.protobuf.Message> DebugExporter<T> exporter(SignalType<T> signal, Verbosity verbosity,
                                                                            boolean internalLogger) {
        DebugConfig c = new DebugConfig();
        c.verbosity = verbosity;
        c.useInternalLogger = internalLogger;
        return new DebugExporter<>(signal, settings, c, new PrintStream(stdout, true, StandardCharsets.UTF_8), clock::get);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void basicLogsOneSummaryLinePerBatch() {
        exporter(SignalType.TRACES, Verbosity.BASIC, true).consume(Otlp.spans(2));
        assertThat(log()).matches("(?s)\\S+\tinfo\tTraces\t\\{\"otelcol.component.id\": \"debug\", "
                + "\"otelcol.component.kind\": \"exporter\", \"otelcol.signal\": \"traces\", \"resource spans\": 1, "
                + "\"spans\": 2\\}\n");
    }

    @Test
    void normalWritesAboutOneLinePerRecord() {
        exporter(SignalType.TRACES, Verbosity.NORMAL, false).consume(Otlp.spans(2));
        exporter(SignalType.LOGS, Verbosity.NORMAL, false).consume(Otlp.logs(1));
        exporter(SignalType.METRICS, Verbosity.NORMAL, false).consume(Otlp.gauge(2));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("""
                GET /0 5b8efff798038103d269b633813fc60c eee19b7ec3c1b100 http.request.method=GET
                GET /1 5b8efff798038103d269b633813fc60c eee19b7ec3c1b101 http.request.method=GET
                line 0 log.iostream=stdout
                system.cpu.time{cpu=0} 0
                system.cpu.time{cpu=1} 1
                """);
    }

    @Test
    void detailedWritesEveryFieldInTheCollectorsLayout() {
        exporter(SignalType.TRACES, Verbosity.DETAILED, false).consume(Otlp.spans(1));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("""
                ResourceSpans #0
                Resource SchemaURL:\s
                Resource attributes:
                     -> service.name: Str(checkout)
                ScopeSpans #0
                ScopeSpans SchemaURL:\s
                InstrumentationScope test\s
                Span #0
                    Trace ID       : 5b8efff798038103d269b633813fc60c
                    Parent ID      :\s
                    ID             : eee19b7ec3c1b100
                    Name           : GET /0
                    Kind           : Server
                    Start time     : 2023-11-14 22:13:20.123456789 +0000 UTC
                    End time       : 2023-11-14 22:13:21 +0000 UTC
                    Status code    : Unset
                    Status message :\s
                Attributes:
                     -> http.request.method: Str(GET)
                """);
    }

    @Test
    void detailedLogsAndMetricsNameSeveritiesAndTypes() {
        exporter(SignalType.LOGS, Verbosity.DETAILED, false).consume(Otlp.logs(1));
        exporter(SignalType.METRICS, Verbosity.DETAILED, false).consume(Otlp.gauge(1));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("SeverityNumber: Info(9)\n", "Body: Str(line 0)\n",
                "     -> DataType: Gauge\n", "NumberDataPoints #0\n", "Value: 0\n");
    }

    @Test
    void samplingLetsTheInitialEntriesThroughThenEveryNth() {
        DebugConfig c = new DebugConfig();
        c.samplingInitial = 2;
        c.samplingThereafter = 3;
        DebugExporter<ExportLogsServiceRequest> e = new DebugExporter<>(SignalType.LOGS, settings, c,
                new PrintStream(stdout), clock::get);
        for (int i = 0; i < 8; i++) {
            e.consume(Otlp.logs(1));
        }
        assertThat(log().lines()).hasSize(4); // entries 1, 2, 5, 8 of this second
        clock.addAndGet(1_000_000_000L);
        e.consume(Otlp.logs(1));
        assertThat(log().lines()).hasSize(5);
    }

    @Test
    void summaryOfMetricsCountsMetricsAndDataPoints() {
        DebugExporter<ExportMetricsServiceRequest> e = exporter(SignalType.METRICS, Verbosity.BASIC, true);
        e.consume(Otlp.gauge(3));
        assertThat(log()).contains("\"resource metrics\": 1, \"metrics\": 1, \"data points\": 3}");
        DebugExporter<ExportTraceServiceRequest> unused = exporter(SignalType.TRACES, Verbosity.BASIC, true);
        assertThat(unused).isNotNull();
    }
}
