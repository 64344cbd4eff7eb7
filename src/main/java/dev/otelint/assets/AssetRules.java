package dev.otelint.assets;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about the structure of dashboard assets: saved-object bundles and Grafana dashboards. */
public final class AssetRules {
    public static final Rule BAD_OBJECT = new Rule("asset.bad-object", Severity.ERROR,
            "A line of a saved-object NDJSON file or a Grafana dashboard is not a JSON object with the "
                    + "members its format requires; OpenSearch Dashboards cannot import it.");
    public static final Rule EXPORTED_COUNT = new Rule("asset.exported-count", Severity.WARNING,
            "The trailing exportedCount line of a saved-object export does not match the objects in the file.");
    public static final Rule DUPLICATE_ID = new Rule("asset.duplicate-id", Severity.ERROR,
            "Two saved objects have the same type and id; importing keeps only one of them.");
    public static final Rule JSON_STRING = new Rule("asset.json-string", Severity.ERROR,
            "A saved-object attribute that holds JSON as a string (visState, searchSourceJSON, panelsJSON, "
                    + "fields, ...) does not parse; OpenSearch Dashboards fails to render the object.");
    public static final Rule MISSING_REFERENCE = new Rule("asset.missing-reference", Severity.ERROR,
            "A panelRefName or indexRefName names no entry of the object's references[]; the panel or "
                    + "search has nothing to load.");
    public static final Rule DANGLING_REFERENCE = new Rule("asset.dangling-reference", Severity.ERROR,
            "A reference points at an object id that is not in the bundle and is not a known external object.");
    public static final Rule QUERY_SYNTAX = new Rule("asset.query-syntax", Severity.ERROR,
            "A query inside an asset (KQL, Lucene, PPL, SQL, PromQL, LogQL, Vega, Timeline) does not parse, "
                    + "so its fields cannot be checked and the panel fails at run time.");

    public static final List<Rule> ALL = List.of(BAD_OBJECT, EXPORTED_COUNT, DUPLICATE_ID, JSON_STRING,
            MISSING_REFERENCE, DANGLING_REFERENCE, QUERY_SYNTAX);

    private AssetRules() {}
}
