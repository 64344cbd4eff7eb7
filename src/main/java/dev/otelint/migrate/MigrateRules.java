package dev.otelint.migrate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules of `otelint migrate`: deprecated names it found but left alone, and files it did not read. */
public final class MigrateRules {
    public static final Rule MANUAL_RENAME = new Rule("migrate.manual-rename", Severity.WARNING,
            "A deprecated convention name has no plain replacement (its deprecation is not a rename); "
                    + "migrate leaves it for the author to change by hand.");
    public static final Rule NOT_REWRITABLE = new Rule("migrate.not-rewritable", Severity.WARNING,
            "A deprecated name with a plain replacement is written in a form migrate does not edit (nested "
                    + "objects, a Prometheus name derived from the attribute, an escaped or composed spelling).");
    public static final Rule RENAME_COLLISION = new Rule("migrate.rename-collision", Severity.WARNING,
            "Renaming a deprecated key would give its object two members with the replacement name; "
                    + "migrate leaves both for the author to merge.");
    public static final Rule NOT_MIGRATED = new Rule("migrate.not-migrated", Severity.INFO,
            "A file migrate does not rewrite (compressed or protobuf records, SQL, JSON that is neither records "
                    + "nor dashboards); deprecated names in it are not looked for.");

    public static final List<Rule> ALL = List.of(MANUAL_RENAME, NOT_REWRITABLE, RENAME_COLLISION, NOT_MIGRATED);

    private MigrateRules() {}
}
