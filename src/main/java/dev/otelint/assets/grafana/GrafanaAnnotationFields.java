package dev.otelint.assets.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.query.FieldRole;

/**
 * An annotation query of a dashboard ({@code annotations.list[]}). OpenSearch and Elasticsearch ones
 * run a Lucene {@code query} (at the top in older dashboards, in {@code target.query} in newer ones) and
 * read the time, end time, tags, text and title of each event from the fields they name. Prometheus and
 * Loki ones run an {@code expr} and turn the labels listed in {@code tagKeys} into tags. Grafana's
 * built-in annotations ("-- Grafana --") are the dashboard's own events: no datasource, no fields.
 */
final class GrafanaAnnotationFields {
    private static final String[] EVENT_FIELDS = {"timeEndField", "tagsField", "textField", "titleField"};

    private GrafanaAnnotationFields() {}

    static void extract(GrafanaQueryFields fields, JsonNode annotation, String path) {
        if (annotation.path("builtIn").asInt(0) == 1) {
            return;
        }
        DatasourceKind kind = DatasourceKind.of(null, annotation);
        GrafanaTargetFields.extract(fields, kind, annotation, path);
        if (annotation.path("target").isObject()) {
            GrafanaTargetFields.extract(fields, kind, annotation.get("target"), path + ".target");
        }
        switch (kind) {
            case OPENSEARCH -> eventFields(fields, annotation, path);
            case PROMETHEUS -> tagKeys(fields, annotation, path, "promql");
            case LOKI -> tagKeys(fields, annotation, path, "logql");
            default -> { }
        }
    }

    private static void eventFields(GrafanaQueryFields fields, JsonNode annotation, String path) {
        for (String name : EVENT_FIELDS) {
            FieldRole role = name.equals("timeEndField") ? FieldRole.TIME : FieldRole.PROJECTION;
            fields.add(path + "." + name, annotation.path(name).asText(null), role, null, null, "json");
        }
    }

    /** "instance, job": labels of the query's series. */
    private static void tagKeys(GrafanaQueryFields fields, JsonNode annotation, String path, String language) {
        if (!annotation.path("tagKeys").isTextual()) {
            return;
        }
        for (String key : annotation.get("tagKeys").textValue().split(",")) {
            fields.add(path + ".tagKeys", key.strip(), FieldRole.PROJECTION, null, null, language);
        }
    }
}
