package dev.otelint.records;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about reading input records. */
public final class InputRules {
    public static final Rule JSON_SYNTAX = new Rule("json.syntax", Severity.ERROR,
            "A record is not well-formed JSON; validation goes on with the next record.");

    public static final List<Rule> ALL = List.of(JSON_SYNTAX);

    private InputRules() {}
}
