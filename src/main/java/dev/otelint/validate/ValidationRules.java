package dev.otelint.validate;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about the validation run itself rather than one field. */
public final class ValidationRules {
    public static final Rule UNKNOWN_SIGNAL = new Rule("validate.unknown-signal", Severity.WARNING,
            "Records whose signal cannot be told were not checked against a mapping; name one with --signal or --schema.");

    public static final List<Rule> ALL = List.of(UNKNOWN_SIGNAL);

    private ValidationRules() {}
}
