package dev.otelint.validate;

import dev.otelint.report.Report;

/** Runs every record of every input through the mapping and semantic-convention validators. */
public final class ValidationService {

    public void validate(ValidationRequest request, Report report) {
        throw new UnsupportedOperationException("wired once readers and validators land");
    }
}
