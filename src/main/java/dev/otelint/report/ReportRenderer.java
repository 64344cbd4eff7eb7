package dev.otelint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. */
public interface ReportRenderer {
    void render(Report report, RenderOptions options, Writer out) throws IOException;
}
