package dev.otelint.assets.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An unquoted HJSON value: true, false, null, a number, or a quoteless string to the end of the line.
 * As in hjson-js, a keyword or number ends at the first {@code , } ] # // /*} after it; anything else
 * runs to the end of the line, those characters included, with surrounding whitespace dropped.
 */
final class HjsonQuoteless {
    // RFC 8259 section 6 number grammar, the one JSON and HJSON share.
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final HjsonReader in;
    private int lastStart;
    private int lastEnd;

    HjsonQuoteless(HjsonReader in) {
        this.in = in;
    }

    /** Where the last value read was written, surrounding whitespace excluded. */
    HjsonSpan lastSpan() {
        return new HjsonSpan(lastStart, lastEnd - lastStart);
    }

    JsonNode value() throws QuerySyntaxException {
        if (in.atEnd() || HjsonReader.isPunctuator(in.peek())) {
            throw in.error("expected a value but found " + in.found());
        }
        String text = in.text();
        lastStart = in.position();
        while (true) {
            in.advance();
            boolean lineEnd = in.atEnd() || in.peek() == '\n' || in.peek() == '\r';
            if (lineEnd || endsLiteral(in.peek()) || in.startsComment()) {
                String written = text.substring(lastStart, in.position()).strip();
                JsonNode literal = literal(written);
                if (literal != null || lineEnd) {
                    lastEnd = lastStart + written.length();
                    return literal != null ? literal : JsonNodeFactory.instance.textNode(written);
                }
            }
        }
    }

    private static boolean endsLiteral(char c) {
        return c == ',' || c == '}' || c == ']';
    }

    private static JsonNode literal(String written) {
        return switch (written) {
            case "true" -> JsonNodeFactory.instance.booleanNode(true);
            case "false" -> JsonNodeFactory.instance.booleanNode(false);
            case "null" -> JsonNodeFactory.instance.nullNode();
            default -> NUMBER.matcher(written).matches() ? number(written) : null;
        };
    }

    // The node types Jackson's own reader picks: int, long or BigInteger for integers, double otherwise.
    private static JsonNode number(String written) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (written.indexOf('.') >= 0 || written.indexOf('e') >= 0 || written.indexOf('E') >= 0) {
            return nodes.numberNode(Double.parseDouble(written));
        }
        BigInteger value = new BigInteger(written);
        if (value.bitLength() < 32) {
            return nodes.numberNode(value.intValue());
        }
        return value.bitLength() < 64 ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
    }
}
