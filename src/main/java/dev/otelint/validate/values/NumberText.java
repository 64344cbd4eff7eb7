package dev.otelint.validate.values;

/**
 * What Long.parseLong and Double.parseDouble accept, answered without throwing for the common
 * cases: most strings are ruled out by a character scan before the JDK parser is tried.
 */
public final class NumberText {

    private NumberText() {}

    /** True when Long.parseLong accepts {@code text}. */
    public static boolean isLong(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == n) {
            return false;
        }
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Character.isDigit(c) && parsesAsLong(text);
            }
        }
        return n - start < 19 || parsesAsLong(text);
    }

    /** True when Double.parseDouble accepts {@code text} (decimal, hex, NaN, Infinity, f/d suffix, blanks). */
    public static boolean isDouble(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && "0123456789+-.eEpPxXabcdefABCDEFINnity".indexOf(c) < 0) {
                return false;
            }
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parsesAsLong(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
