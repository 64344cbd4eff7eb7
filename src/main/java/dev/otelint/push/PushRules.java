package dev.otelint.push;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about records otelint push could not send. */
public final class PushRules {
    public static final Rule UNDECODABLE = new Rule("push.undecodable", Severity.ERROR,
            "A Simple Schema document cannot be turned back into an OTLP record, so otelint push does not "
                    + "send it (it counts as not sent).");

    public static final List<Rule> ALL = List.of(UNDECODABLE);

    private PushRules() {}
}
