package dev.otelint.collector.exporter.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.records.ReadOptions;
import dev.otelint.report.Finding;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExporterTest {
    private static final ComponentSettings SETTINGS = new ComponentSettings(ComponentId.parse("file"),
            ComponentKind.EXPORTER, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));
    @TempDir
    Path dir;

    private FileConfig config(String name, String format) {
        FileConfig c = new FileConfig();
        c.path = dir.resolve(name).toString();
        c.format = format;
        return c;
    }

    @Test
    void jsonLinesAreOtlpJsonThatOtelintsOwnReaderReadsBack() throws IOException {
        FileConfig config = config("out.json", "json");
        FileExporterFactory factory = new FileExporterFactory();
        Exporter<ExportTraceServiceRequest> traces = factory.createExporter(SignalType.TRACES, SETTINGS, config);
        Exporter<ExportLogsServiceRequest> logs = factory.createExporter(SignalType.LOGS, SETTINGS, config);
        traces.start(null);
        logs.start(null);
        traces.consume(Otlp.spans(2));
        logs.consume(Otlp.logs(3));
        logs.shutdown();
        traces.shutdown();

        List<String> lines = Files.readAllLines(dir.resolve("out.json"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"traceId\":\"5b8efff798038103d269b633813fc60c\"", "\"kind\":2",
                "\"startTimeUnixNano\":\"1700000000123456789\"");
        List<Finding> findings = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(dir.resolve("out.json"), ReadOptions.defaults(), findings::add)) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        assertThat(findings).isEmpty();
        assertThat(records).extracting(r -> r.signal().label()).containsExactly("traces", "traces", "logs", "logs", "logs");
    }

    @Test
    void protoIsLengthPrefixedBigEndian() throws IOException {
        FileConfig config = config("out.pb", "proto");
        Exporter<ExportTraceServiceRequest> traces = new FileExporterFactory().createExporter(SignalType.TRACES, SETTINGS, config);
        traces.start(null);
        traces.consume(Otlp.spans(1));
        traces.consume(Otlp.spans(4));
        traces.shutdown();
        List<ExportTraceServiceRequest> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("out.pb")); DataInputStream data = new DataInputStream(in)) {
            while (data.available() > 0) {
                byte[] body = new byte[data.readInt()];
                data.readFully(body);
                read.add(ExportTraceServiceRequest.parseFrom(body));
            }
        }
        assertThat(read).containsExactly(Otlp.spans(1), Otlp.spans(4));
    }

    @Test
    void rotationRenamesTheFullFileBesideItAndKeepsMaxBackups() throws IOException {
        FileConfig config = config("rot.json", "json");
        config.rotation = new RotationConfig();
        config.rotation.maxMegabytes = 1;
        config.rotation.maxBackups = 1;
        Exporter<ExportLogsServiceRequest> logs = new FileExporterFactory().createExporter(SignalType.LOGS, SETTINGS, config);
        logs.start(null);
        ExportLogsServiceRequest big = Otlp.logs(4000); // about 600 kB per line
        for (int i = 0; i < 4; i++) {
            logs.consume(big);
            sleepPastMillisecond();
        }
        logs.shutdown();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).contains("rot.json");
            assertThat(names.get(0)).matches("rot-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}\\.json");
        }
        assertThat(Files.readAllLines(dir.resolve("rot.json"))).hasSize(1);
    }

    @Test
    void appendFalseTruncatesAndAppendTrueKeeps() throws IOException {
        Files.writeString(dir.resolve("a.json"), "old\n");
        Files.writeString(dir.resolve("b.json"), "old\n");
        FileConfig truncate = config("a.json", "json");
        FileConfig append = config("b.json", "json");
        append.append = true;
        for (FileConfig c : List.of(truncate, append)) {
            Exporter<ExportLogsServiceRequest> e = new FileExporterFactory().createExporter(SignalType.LOGS, SETTINGS, c);
            e.start(null);
            e.consume(Otlp.logs(1));
            e.shutdown();
        }
        assertThat(Files.readAllLines(dir.resolve("a.json"))).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("b.json"))).hasSize(2).startsWith("old");
    }

    private static void sleepPastMillisecond() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
