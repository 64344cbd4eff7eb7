package dev.otelint.assets;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about which asset files check-assets reads. */
public final class AssetInputRules {
    public static final Rule NOT_CHECKED = new Rule("asset.not-checked", Severity.INFO,
            "An asset file is not checked: SQL queries, or JSON that is neither saved objects nor a Grafana dashboard.");

    public static final List<Rule> ALL = List.of(NOT_CHECKED);

    private AssetInputRules() {}
}
