package dev.otelint.integration;

import dev.otelint.records.JsonValue;
import java.math.BigInteger;

/**
 * JSON5 numbers (https://spec.json5.org/#numbers): an optional sign, then Infinity, NaN, a hexadecimal
 * integer, or a decimal that may start or end with its point. The value keeps JSON text where JSON has
 * one (+1 is 1, .5 is 0.5, 5. is 5.0, 0x1F is 31), so later checks read it as they read JSON.
 */
final class Json5Numbers {

    private Json5Numbers() {}

    static boolean startsNumber(int c) {
        return Json5Strings.isDigit(c) || c == '+' || c == '-' || c == '.' || c == 'I' || c == 'N';
    }

    /** Reads a number; the cursor is on its first character. */
    static JsonValue number(Json5Cursor in) throws Json5SyntaxException {
        int line = in.line();
        int column = in.column();
        String sign = "";
        if (in.peek() == '+' || in.peek() == '-') {
            sign = in.next() == '-' ? "-" : "";
        }
        JsonValue value;
        if (in.peek() == 'I' || in.peek() == 'N') {
            String word = in.peek() == 'I' ? "Infinity" : "NaN";
            keyword(in, word);
            value = JsonValue.number(word.equals("NaN") ? word : sign + word, false, line, column);
        } else if (in.peek() == '0' && (in.peek(1) == 'x' || in.peek(1) == 'X')) {
            value = JsonValue.number(sign + hexadecimal(in), true, line, column);
        } else {
            value = decimal(in, sign, line, column);
        }
        if (in.peek() != -1 && (Json5Strings.isIdentifierPart(in.peek()) || in.peek() == '\\')) {
            throw in.error("unexpected '" + (char) in.peek() + "' right after a number");
        }
        return value;
    }

    private static void keyword(Json5Cursor in, String word) throws Json5SyntaxException {
        for (int i = 0; i < word.length(); i++) {
            if (in.peek() != word.charAt(i)) {
                throw in.error("expected " + word);
            }
            in.next();
        }
    }

    private static String hexadecimal(Json5Cursor in) throws Json5SyntaxException {
        in.next();
        in.next();
        int start = in.pos();
        while (Character.digit(in.peek(), 16) >= 0 && in.peek() != -1) {
            in.next();
        }
        String digits = in.slice(start);
        if (digits.isEmpty()) {
            throw in.error("expected hexadecimal digits after 0x");
        }
        return new BigInteger(digits, 16).toString();
    }

    private static JsonValue decimal(Json5Cursor in, String sign, int line, int column) throws Json5SyntaxException {
        String integer = digits(in);
        if (integer.length() > 1 && integer.charAt(0) == '0') {
            throw new Json5SyntaxException("a number cannot start with 0 followed by digits (octal is not JSON5)",
                    line, column);
        }
        String fraction = null;
        if (in.consume('.')) {
            fraction = digits(in);
        }
        if (integer.isEmpty() && (fraction == null || fraction.isEmpty())) {
            throw in.error("expected a digit");
        }
        String exponent = "";
        if (in.peek() == 'e' || in.peek() == 'E') {
            exponent = exponent(in);
        }
        StringBuilder json = new StringBuilder(sign).append(integer.isEmpty() ? "0" : integer);
        if (fraction != null) {
            json.append('.').append(fraction.isEmpty() ? "0" : fraction);
        }
        json.append(exponent);
        return JsonValue.number(json.toString(), fraction == null && exponent.isEmpty(), line, column);
    }

    private static String exponent(Json5Cursor in) throws Json5SyntaxException {
        StringBuilder sb = new StringBuilder().append(in.next());
        if (in.peek() == '+' || in.peek() == '-') {
            sb.append(in.next());
        }
        String digits = digits(in);
        if (digits.isEmpty()) {
            throw in.error("expected digits in the exponent");
        }
        return sb.append(digits).toString();
    }

    private static String digits(Json5Cursor in) {
        int start = in.pos();
        while (Json5Strings.isDigit(in.peek())) {
            in.next();
        }
        return in.slice(start);
    }
}
