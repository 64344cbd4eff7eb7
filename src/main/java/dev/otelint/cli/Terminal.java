package dev.otelint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org). */
public final class Terminal {

    private Terminal() {}

    public static boolean colorEnabled() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        return System.console() != null;
    }

    static CommandLine.Help.ColorScheme colorScheme() {
        return CommandLine.Help.defaultColorScheme(colorEnabled() ? Ansi.ON : Ansi.OFF);
    }
}
