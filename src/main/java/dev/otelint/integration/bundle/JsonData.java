package dev.otelint.integration.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.otelint.integration.IntegrationConfig;
import dev.otelint.integration.Json5Document;
import dev.otelint.integration.Json5SyntaxException;
import dev.otelint.integration.JsonFileScan;
import dev.otelint.records.InputFiles;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The data of a file Dashboards parses as JSON: a component's mapping, a json or ndjson asset. */
final class JsonData {

    private JsonData() {}

    /** Dashboards' readAsset parses exactly the extensions "json" and "ndjson" (case-sensitive); it decodes the rest from base64. */
    static boolean isJson(IntegrationConfig.Asset asset) {
        return asset.extension().equals("json") || asset.extension().equals("ndjson");
    }

    /** The file as it is when JSON or NDJSON; a JSON5 file (which JSON.parse refuses) converted to JSON. */
    static InlineData of(Path file) {
        try {
            JsonFileScan scan = JsonFileScan.of(file, Long.MAX_VALUE);
            return scan.shape() == JsonFileScan.Shape.NEITHER ? converted(file) : new InlineData.JsonFileText(file, scan);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file.toString(), e);
        }
    }

    private static InlineData converted(Path file) throws IOException {
        Json5Document document;
        try {
            document = Json5Document.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Json5SyntaxException e) {
            // the layout rules check these files parse; this is a file changed since
            throw BadInputException.at(file.toString(), e.line(), e.column(), e.getMessage());
        }
        StringWriter json = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(json)) {
            new JsonTreeWriter(file.toString(), Map.of()).write(document.value(), out);
        }
        return new InlineData.ConvertedJson(json.toString());
    }
}
