package dev.otelint.validate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules that mirror OpenSearch's field mappers. */
public final class MappingRules {
    public static final Rule TYPE_MISMATCH = new Rule("mapping.type-mismatch", Severity.ERROR,
            "A value cannot be indexed into the field's mapped type; OpenSearch rejects the document.");

    public static final List<Rule> ALL = List.of(TYPE_MISMATCH);

    private MappingRules() {}
}
