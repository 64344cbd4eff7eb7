package dev.otelint.collector.config;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a plain (unquoted) YAML scalar the way the collector's YAML decoder (go-yaml v3) does when the
 * target is untyped: null, true/false, integers in Go's base-prefixed forms (0x, 0o, 0b, and a leading 0 for
 * octal), underscores ignored, floats, .inf and .nan. Everything else is a string. Unlike YAML 1.1,
 * "yes"/"no"/"on"/"off" stay strings.
 */
public final class YamlScalars {
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    // go-yaml v3's yamlStyleFloat
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YamlScalars() {}

    public static Object resolvePlain(String text) {
        if (NULLS.contains(text)) {
            return null;
        }
        if (TRUES.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(text)) {
            return Boolean.FALSE;
        }
        Object special = specialFloat(text);
        if (special != null) {
            return special;
        }
        String plain = text.replace("_", "");
        Long integer = goInteger(plain);
        if (integer != null) {
            return integer;
        }
        if (FLOAT.matcher(plain).matches()) {
            return Double.parseDouble(plain);
        }
        return text;
    }

    private static Double specialFloat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> null;
        };
    }

    /** strconv.ParseInt(s, 0, 64): sign, then 0x/0o/0b prefixes or a leading 0 for octal. */
    static Long goInteger(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = s.charAt(0) == '-';
        String digits = s.charAt(0) == '-' || s.charAt(0) == '+' ? s.substring(1) : s;
        int radix = 10;
        String lower = digits.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            radix = 8;
            digits = digits.substring(1);
        }
        if (!allDigits(digits, radix)) {
            return null;
        }
        try {
            return Long.parseLong((negative ? "-" : "") + digits, radix);
        } catch (NumberFormatException e) {
            return null; // out of int64 range: go-yaml then tries it as a float
        }
    }

    private static boolean allDigits(String digits, int radix) {
        if (digits.isEmpty()) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }
}
