package dev.otelint.integration.bundle;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules of `otelint bundle`: what would make the integration-template saved object break, or grow, on import. */
public final class BundleRules {
    public static final Rule LARGE_SAMPLE_DATA = new Rule("bundle.large-sample-data", Severity.WARNING,
            "The sample data inlined in the template is over 1 MiB; every read of the template loads it "
                    + "(--max-sample-records N keeps the first N records).");
    public static final Rule SAMPLE_RECORDS_DROPPED = new Rule("bundle.sample-records-dropped", Severity.INFO,
            "--max-sample-records kept only the first records of the sample data; the rest are not in the bundle.");
    public static final Rule FILE_OUTSIDE_INTEGRATION = new Rule("bundle.file-outside-integration", Severity.ERROR,
            "A file the config names resolves (through a link) outside the integration folder; it is not bundled.");
    public static final Rule DUPLICATE_ID = new Rule("bundle.duplicate-id", Severity.ERROR,
            "Two integrations have the same name, type and version, hence the same template id; an import keeps one.");
    public static final Rule IMPORT_TOO_LARGE = new Rule("bundle.import-too-large", Severity.WARNING,
            "The bundle is larger than OpenSearch Dashboards accepts for an import by default "
                    + "(savedObjects.maxImportPayloadBytes, 25 MiB).");

    public static final List<Rule> ALL = List.of(LARGE_SAMPLE_DATA, SAMPLE_RECORDS_DROPPED,
            FILE_OUTSIDE_INTEGRATION, DUPLICATE_ID, IMPORT_TOO_LARGE);

    private BundleRules() {}
}
