package dev.otelint.report;

/** Where checkers put what they find. */
@FunctionalInterface
public interface FindingSink {
    void accept(Finding finding);
}
