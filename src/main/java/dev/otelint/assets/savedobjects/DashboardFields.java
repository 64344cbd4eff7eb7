package dev.otelint.assets.savedobjects;

/**
 * A dashboard: its own search source (query and filters applied to every panel). Its panelsJSON
 * holds no fields; JsonStringAttributes checks that the JSON parses and ReferenceChecks that each
 * panelRefName resolves.
 */
final class DashboardFields {

    private DashboardFields() {}

    static void extract(ObjectFields fields) {
        SearchSourceFields.extract(fields);
    }
}
