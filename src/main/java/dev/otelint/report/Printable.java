package dev.otelint.report;

/**
 * Makes user-provided text safe for a terminal: control characters (a newline in a field name,
 * an ESC from a log line) are shown as escapes instead of breaking lines or driving the terminal.
 */
final class Printable {

    private Printable() {}

    static String clean(String text) {
        if (text == null || !hasControl(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (isControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // C0 controls, DEL and the C1 controls (0x9b is a one-byte CSI on some terminals)
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
