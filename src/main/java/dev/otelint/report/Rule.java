package dev.otelint.report;

/** A check with a stable id, its default severity and a one-line description. */
public record Rule(String id, Severity severity, String description) {

    /** Starts a finding of this rule at its default severity. */
    public Finding.Builder finding() {
        return Finding.builder(this);
    }
}
