package dev.otelint.report;

import dev.otelint.assets.AssetInputRules;
import dev.otelint.assets.AssetRules;
import dev.otelint.assets.rules.AssetFieldRules;
import dev.otelint.integration.IntegrationRules;
import dev.otelint.migrate.MigrateRules;
import dev.otelint.collector.CollectorRules;
import dev.otelint.integration.bundle.BundleRules;
import dev.otelint.push.PushRules;
import dev.otelint.records.InputRules;
import dev.otelint.validate.MappingRules;
import dev.otelint.validate.SemconvRules;
import dev.otelint.validate.ValidationRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule of every checker, for `otelint rules`, SARIF and docs/rules.md. */
public final class RuleRegistry {

    private RuleRegistry() {}

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(AssetFieldRules.ALL);
        rules.addAll(InputRules.ALL);
        rules.addAll(MappingRules.ALL);
        rules.addAll(SemconvRules.ALL);
        rules.addAll(ValidationRules.ALL);
        rules.addAll(AssetRules.ALL);
        rules.addAll(AssetInputRules.ALL);
        rules.addAll(IntegrationRules.ALL);
        rules.addAll(MigrateRules.ALL);
        rules.addAll(CollectorRules.ALL);
        rules.addAll(BundleRules.ALL);
        rules.addAll(PushRules.ALL);
        rules.sort(Comparator.comparing(Rule::id));
        return rules;
    }
}
