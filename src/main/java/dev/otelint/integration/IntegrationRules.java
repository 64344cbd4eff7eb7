package dev.otelint.integration;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules of the integration format: the config and the files it names, as OpenSearch Dashboards loads them. */
public final class IntegrationRules {
    public static final Rule CONFIG_NAME = new Rule("integration.config-name", Severity.ERROR,
            "The integration has no config file named <dirname>-<version>.json; Dashboards finds no version to load.");
    public static final Rule SCHEMAS_DIR = new Rule("integration.schemas-dir", Severity.ERROR,
            "The folder has schema/ but no schemas/; Dashboards only takes a folder with schemas/ for an integration.");
    public static final Rule CONFIG_SYNTAX = new Rule("integration.config-syntax", Severity.ERROR,
            "The config file parses neither as JSON5 nor as NDJSON; Dashboards cannot read the integration.");
    public static final Rule CONFIG_SCHEMA = new Rule("integration.config-schema", Severity.ERROR,
            "The config breaks the integration config schema (a missing or unknown member, a wrong type); "
                    + "Dashboards rejects the integration.");
    public static final Rule NAME_MISMATCH = new Rule("integration.name-mismatch", Severity.WARNING,
            "The config's name differs from its folder's name, which is the name Dashboards lists and installs it by.");
    public static final Rule VERSION_MISMATCH = new Rule("integration.version-mismatch", Severity.WARNING,
            "The config's version differs from the version in its file name, which Dashboards uses to pick the newest.");
    public static final Rule MISSING_TYPE_COMPONENT = new Rule("integration.missing-type-component", Severity.ERROR,
            "No component is named like the integration's type; Dashboards rejects the config.");
    public static final Rule NO_ASSETS = new Rule("integration.no-assets", Severity.ERROR,
            "The config lists no assets; the integration installs nothing.");
    public static final Rule MISSING_COMPONENT_FILE = new Rule("integration.missing-component-file", Severity.ERROR,
            "A component has no schemas/<name>-<version>.mapping.json; Dashboards fails to install the integration.");
    public static final Rule INVALID_COMPONENT_MAPPING = new Rule("integration.invalid-component-mapping", Severity.ERROR,
            "A component's mapping file is not a valid component template; OpenSearch rejects it at install.");
    public static final Rule MISSING_ASSET_FILE = new Rule("integration.missing-asset-file", Severity.ERROR,
            "An asset has no assets/<name>-<version>.<extension> file; Dashboards fails to install the integration.");
    public static final Rule INVALID_ASSET_FILE = new Rule("integration.invalid-asset-file", Severity.ERROR,
            "A json or ndjson asset parses neither as JSON5 nor as NDJSON; Dashboards fails to install the integration.");
    public static final Rule MISSING_STATIC = new Rule("integration.missing-static", Severity.ERROR,
            "A logo or gallery image named under statics is not in static/; Dashboards shows a broken image.");
    public static final Rule MISSING_SAMPLE_DATA = new Rule("integration.missing-sample-data", Severity.ERROR,
            "sampleData.path names no file in data/; loading the sample data fails.");
    public static final Rule SAMPLE_DATA_SHAPE = new Rule("integration.sample-data-shape", Severity.ERROR,
            "The sample data is not a JSON array or NDJSON of objects; Dashboards cannot load it.");
    public static final Rule UNKNOWN_WORKFLOW = new Rule("integration.unknown-workflow", Severity.WARNING,
            "An asset names a workflow the config does not declare; no choice in Dashboards installs it.");
    public static final Rule CHECK_ABORTED = new Rule("integration.check-aborted", Severity.ERROR,
            "validate or check-assets could not run on the integration (e.g. its schemas/ has no usable index "
                    + "template); its data or assets are not checked.");

    public static final List<Rule> ALL = List.of(CONFIG_NAME, SCHEMAS_DIR, CONFIG_SYNTAX, CONFIG_SCHEMA, NAME_MISMATCH,
            VERSION_MISMATCH, MISSING_TYPE_COMPONENT, NO_ASSETS, MISSING_COMPONENT_FILE, INVALID_COMPONENT_MAPPING,
            MISSING_ASSET_FILE, INVALID_ASSET_FILE, MISSING_STATIC, MISSING_SAMPLE_DATA, SAMPLE_DATA_SHAPE, UNKNOWN_WORKFLOW,
            CHECK_ABORTED);

    private IntegrationRules() {}
}
