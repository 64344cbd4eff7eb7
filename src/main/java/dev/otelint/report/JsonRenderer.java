package dev.otelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine format, a versioned contract documented in docs/output-formats.md: every kept
 * finding listed, never grouped, keys always present and in a fixed order.
 */
final class JsonRenderer implements ReportRenderer {

    static final int SCHEMA_VERSION = 1;

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        JsonGenerator gen = JsonOutput.open(out);
        gen.writeStartObject();
        gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
        gen.writeStringField("tool", "otelint");
        JsonOutput.stringField(gen, "version", options.toolVersion());
        gen.writeArrayFieldStart("findings");
        for (Finding f : FindingOrder.sorted(report)) {
            writeFinding(gen, f);
        }
        gen.writeEndArray();
        writeSummary(gen, report);
        gen.writeEndObject();
        JsonOutput.finish(gen, out);
    }

    private static void writeFinding(JsonGenerator gen, Finding f) throws IOException {
        gen.writeStartObject();
        JsonOutput.stringField(gen, "rule", f.rule());
        JsonOutput.stringField(gen, "severity", f.severity().label());
        JsonOutput.stringField(gen, "file", f.file());
        JsonOutput.positionField(gen, "line", f.line());
        JsonOutput.positionField(gen, "column", f.column());
        JsonOutput.positionField(gen, "record", f.record());
        JsonOutput.stringField(gen, "path", f.path());
        JsonOutput.stringField(gen, "message", f.message());
        JsonOutput.stringField(gen, "expected", f.expected());
        JsonOutput.stringField(gen, "actual", f.actual());
        JsonOutput.stringField(gen, "fix", f.fix());
        gen.writeEndObject();
    }

    private static void writeSummary(JsonGenerator gen, Report report) throws IOException {
        gen.writeObjectFieldStart("summary");
        gen.writeNumberField("files", report.files());
        gen.writeNumberField("records", report.records());
        gen.writeNumberField("errors", report.count(Severity.ERROR));
        gen.writeNumberField("warnings", report.count(Severity.WARNING));
        gen.writeNumberField("infos", report.count(Severity.INFO));
        gen.writeEndObject();
    }
}
