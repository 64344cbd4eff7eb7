package dev.otelint.validate.values;

/**
 * What Long.parseLong and Double.parseDouble accept, answered without throwing: the hot path
 * meets many strings that are not numbers, and exceptions would dominate its cost.
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

    /**
     * True when Double.parseDouble accepts {@code text}: optional blanks around, a sign, then NaN,
     * Infinity, a decimal literal (digits with optional point and exponent) or a hexadecimal one
     * (0x, hex digits, optional point, mandatory p exponent), with an optional f/F/d/D suffix.
     */
    public static boolean isDouble(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return false;
        }
        int i = start;
        if (text.charAt(i) == '+' || text.charAt(i) == '-') {
            i++;
        }
        if (text.startsWith("NaN", i)) {
            return i + 3 == end;
        }
        if (text.startsWith("Infinity", i)) {
            return i + 8 == end;
        }
        if (end - i >= 2 && text.charAt(i) == '0' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
            return isHexLiteral(text, i + 2, end);
        }
        return isDecimalLiteral(text, i, end);
    }

    /**
     * True when the syntax of {@code text} is what new BigDecimal(String) reads: a sign, digits
     * (any Unicode decimal digits) with an optional point, and an optional exponent.
     */
    public static boolean isBigDecimal(String text) {
        int end = text.length();
        int i = 0;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < end && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == end;
    }

    private static boolean isDecimalLiteral(String text, int from, int end) {
        int i = from;
        int digits = 0;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = exponentEnd(text, i + 1, end);
            if (i < 0) {
                return false;
            }
        }
        return i == end || (i == end - 1 && isSuffix(text.charAt(i)));
    }

    private static boolean isHexLiteral(String text, int from, int end) {
        int i = from;
        int digits = 0;
        while (i < end && Character.digit(text.charAt(i), 16) >= 0 && text.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < end && text.charAt(i) == '.') {
            i++;
            while (i < end && Character.digit(text.charAt(i), 16) >= 0 && text.charAt(i) < 128) {
                i++;
                digits++;
            }
        }
        if (digits == 0 || i >= end || (text.charAt(i) != 'p' && text.charAt(i) != 'P')) {
            return false;
        }
        i = exponentEnd(text, i + 1, end);
        return i >= 0 && (i == end || (i == end - 1 && isSuffix(text.charAt(i))));
    }

    /** The index after "[+-]digits" starting at {@code from}, or -1. */
    private static int exponentEnd(String text, int from, int end) {
        int i = from;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        while (i < end && isDigit(text.charAt(i))) {
            i++;
        }
        return i == start ? -1 : i;
    }

    private static boolean isSuffix(char c) {
        return c == 'f' || c == 'F' || c == 'd' || c == 'D';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
