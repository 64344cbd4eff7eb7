package dev.otelint.assets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.records.InputFiles;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The asset files under the given paths, sorted by kind: saved-object NDJSON, Grafana dashboards,
 * and files otelint notes but does not check (SQL, other JSON). Every file is counted in the report.
 */
record AssetFiles(List<Path> savedObjects, List<Path> grafanaDashboards) {
    private static final JsonFactory JSON = new JsonFactory();

    static AssetFiles of(List<Path> inputs, Report report) {
        List<Path> savedObjects = new ArrayList<>();
        List<Path> dashboards = new ArrayList<>();
        for (Path file : InputFiles.expand(inputs, AssetFiles::isAssetFile, file -> notChecked(file, report,
                "not an asset file (.ndjson, .json, .sql); not checked"))) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            report.countFile(file.toString());
            if (name.endsWith(".ndjson")) {
                savedObjects.add(file);
            } else if (name.endsWith(".json") && isGrafanaDashboard(file)) {
                dashboards.add(file);
            } else {
                notChecked(file, report, name.endsWith(".sql")
                        ? "SQL assets are not checked (their queries run outside Dashboards' field lists)"
                        : "neither a saved-object NDJSON bundle nor a Grafana dashboard; not checked");
            }
        }
        return new AssetFiles(savedObjects, dashboards);
    }

    private static void notChecked(Path file, Report report, String why) {
        report.accept(AssetInputRules.NOT_CHECKED.finding().file(file.toString()).message(why).build());
    }

    private static boolean isAssetFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".json") || name.endsWith(".sql");
    }

    /** A Grafana dashboard: a JSON object with a top-level panels[] or rows[], or an API export's "dashboard". */
    private static boolean isGrafanaDashboard(Path file) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (key.equals("panels") || key.equals("rows") || key.equals("dashboard")) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // malformed JSON: let the dashboard reader report it with its position
            return true;
        }
    }
}
