package dev.otelint.report;

/** How a severity word is printed in text: plain, or coloured with ANSI escapes. */
enum SeverityStyle {
    PLAIN, ANSI;

    private static final String RESET = "\u001b[0m";

    static SeverityStyle of(RenderOptions options) {
        return options.color() ? ANSI : PLAIN;
    }

    String paint(Severity severity) {
        if (this == PLAIN) {
            return severity.label();
        }
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";   // bold red
            case WARNING -> "\u001b[33m";   // yellow
            case INFO -> "\u001b[36m";      // cyan
        } + severity.label() + RESET;
    }
}
