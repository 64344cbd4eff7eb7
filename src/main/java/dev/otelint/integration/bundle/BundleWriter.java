package dev.otelint.integration.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes templates as a saved-object export: one {@code integration-template} object per line, then the summary
 * line Dashboards' export writes last ({@code exportedCount}, {@code missingRefCount}, {@code missingReferences}).
 * The objects carry no {@code updated_at}: the same integration always bundles to the same bytes, and the import
 * stamps the time.
 */
final class BundleWriter {
    /** The saved-object type the observability plugin registers for templates (importableAndExportable). */
    static final String TYPE = "integration-template";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private BundleWriter() {}

    static void write(List<TemplatePlan> templates, Writer out) throws IOException {
        for (TemplatePlan template : templates) {
            try (JsonGenerator line = JSON.createGenerator(out)) {
                writeObject(template, line);
            }
            out.write('\n');
        }
        try (JsonGenerator summary = JSON.createGenerator(out)) {
            summary.writeStartObject();
            summary.writeNumberField("exportedCount", templates.size());
            summary.writeNumberField("missingRefCount", 0);
            summary.writeArrayFieldStart("missingReferences");
            summary.writeEndArray();
            summary.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeObject(TemplatePlan template, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", TYPE);
        out.writeStringField("id", template.id().toString());
        out.writeFieldName("attributes");
        new JsonTreeWriter(template.config().file().toString(), template.dataAt()).write(template.config().tree(), out);
        out.writeArrayFieldStart("references");
        out.writeEndArray();
        out.writeEndObject();
    }
}
