package dev.otelint.cli;

/** Process exit codes, documented in README.md. */
public final class ExitCodes {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
