package dev.otelint.assets.grafana;

/**
 * What a Grafana field reference belongs to: a panel (type "grafana-panel", id = panel id), a
 * template variable (type "grafana-variable", id = variable name) or an annotation query (type
 * "grafana-annotation", id = its name), with the line it starts on.
 */
record GrafanaObject(String file, int line, String type, String id, String title) {

    /** "grafana-panel 'Latency' (id 4)" */
    String describe() {
        return type + (title == null ? "" : " '" + title + "'") + " (id " + id + ")";
    }
}
