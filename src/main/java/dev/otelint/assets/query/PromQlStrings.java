package dev.otelint.assets.query;

/** The value of a PromQL/LogQL string literal token (Go escapes for "..." and '...', none for `...`). */
final class PromQlStrings {

    private PromQlStrings() {
    }

    static String value(PromQlToken token) {
        String quoted = token.text();
        String body = quoted.substring(1, quoted.length() - 1);
        if (quoted.charAt(0) == '`' || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                value.append(escaped(body.charAt(++i)));
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }
}
