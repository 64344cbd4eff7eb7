package dev.otelint.assets.grafana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.AssetRules;
import dev.otelint.assets.FieldReference;
import dev.otelint.report.BadInputException;
import dev.otelint.report.FindingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field reference of a Grafana dashboard: the targets of every panel (top-level panels[],
 * panels nested in collapsed rows, and the old rows[].panels[]), the template variables' queries and
 * the annotation queries. Each reference carries the line where its target (variable, annotation) starts.
 */
public final class GrafanaDashboardFields {
    private final String file;
    private final FindingSink sink;
    private final List<FieldReference> out = new ArrayList<>();
    private PositionedJson json;

    private GrafanaDashboardFields(String file, FindingSink sink) {
        this.file = file;
        this.sink = sink;
    }

    public static List<FieldReference> extract(Path file, FindingSink sink) {
        try {
            return extract(file.toString(), Files.readString(file, StandardCharsets.UTF_8), sink);
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, 0, "cannot read Grafana dashboard: " + e.getMessage());
        }
    }

    /** The references of dashboard {@code text}; a text that is not a JSON object is one finding. */
    public static List<FieldReference> extract(String file, String text, FindingSink sink) {
        GrafanaDashboardFields dashboard = new GrafanaDashboardFields(file, sink);
        dashboard.read(text);
        return dashboard.out;
    }

    private void read(String text) {
        try {
            json = PositionedJson.parse(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            badDashboard(line, "expected a Grafana dashboard in JSON: " + e.getOriginalMessage());
            return;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (!json.root().isObject()) {
            badDashboard(1, "expected a Grafana dashboard JSON object");
            return;
        }
        // The Grafana HTTP API and some exports wrap the dashboard: {"dashboard": {...}, "meta": {...}}.
        boolean wrapped = json.root().path("dashboard").isObject() && !json.root().has("panels");
        JsonNode dashboard = wrapped ? json.root().get("dashboard") : json.root();
        String path = wrapped ? "dashboard." : "";
        String pointer = wrapped ? "/dashboard/" : "/";
        panels(dashboard.path("panels"), path + "panels", pointer + "panels");
        JsonNode rows = dashboard.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            panels(rows.path(i).path("panels"), path + "rows[" + i + "].panels", pointer + "rows/" + i + "/panels");
        }
        JsonNode variables = dashboard.path("templating").path("list");
        for (int i = 0; i < variables.size(); i++) {
            variable(variables.path(i), path + "templating.list[" + i + "]", pointer + "templating/list/" + i);
        }
        JsonNode annotations = dashboard.path("annotations").path("list");
        for (int i = 0; i < annotations.size(); i++) {
            annotation(annotations.path(i), path + "annotations.list[" + i + "]", pointer + "annotations/list/" + i);
        }
    }

    private void panels(JsonNode panels, String path, String pointer) {
        for (int i = 0; i < panels.size(); i++) {
            JsonNode panel = panels.path(i);
            String panelPath = path + "[" + i + "]";
            String panelPointer = pointer + "/" + i;
            JsonNode targets = panel.path("targets");
            for (int t = 0; t < targets.size(); t++) {
                String targetPointer = panelPointer + "/targets/" + t;
                GrafanaObject object = new GrafanaObject(file, json.line(targetPointer), "grafana-panel",
                        panel.path("id").asText("?"), panel.path("title").asText(null));
                JsonNode target = targets.path(t);
                GrafanaTargetFields.extract(new GrafanaQueryFields(object, sink, out),
                        DatasourceKind.of(panel.get("datasource"), target), target, panelPath + ".targets[" + t + "]");
            }
            // A collapsed row keeps its panels inside it.
            panels(panel.path("panels"), panelPath + ".panels", panelPointer + "/panels");
        }
    }

    private void variable(JsonNode variable, String path, String pointer) {
        GrafanaObject object = new GrafanaObject(file, json.line(pointer), "grafana-variable",
                variable.path("name").asText("?"), variable.path("label").asText(null));
        GrafanaVariableFields.extract(new GrafanaQueryFields(object, sink, out), variable, path);
    }

    private void annotation(JsonNode annotation, String path, String pointer) {
        String name = annotation.path("name").asText(null);
        GrafanaObject object = new GrafanaObject(file, json.line(pointer), "grafana-annotation",
                name == null ? "?" : name, name);
        GrafanaAnnotationFields.extract(new GrafanaQueryFields(object, sink, out), annotation, path);
    }

    private void badDashboard(int line, String message) {
        sink.accept(AssetRules.BAD_OBJECT.finding().file(file).at(line, 0).message(message).build());
    }
}
