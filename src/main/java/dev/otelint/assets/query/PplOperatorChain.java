package dev.otelint.assets.query;

import java.util.Set;

/**
 * {@code operand (operator operand)*} over {@link PplTokens}, shared by the PPL and SQL expression parsers:
 * a bare field joined to another operand by an operator is reported with the level's role, and the chain
 * as a whole is no longer a bare field.
 */
final class PplOperatorChain {

    /** One operand level of a grammar; returns the bare field the operand is, or null. */
    interface Level {
        PplToken parse() throws QuerySyntaxException;
    }

    /** Where a field found bare in an operand is reported. */
    interface Sink {
        void settle(PplToken field, FieldRole role, String function);
    }

    private static final Set<String> EQUALITY = Set.of("=", "==", "!=", "<>");
    private static final Set<String> ORDERING = Set.of("<", "<=", ">", ">=");

    private PplOperatorChain() {}

    /**
     * Reads {@code op right} after {@code left} when the next token is a comparison operator: both sides are
     * FILTERs for (in)equality and RANGEs for ordering. Returns false, consuming nothing, otherwise.
     */
    static boolean comparison(PplTokens in, Sink sink, PplToken left, Level right) throws QuerySyntaxException {
        PplToken op = in.peek();
        if (op.kind() != PplToken.Kind.SYMBOL || !EQUALITY.contains(op.text()) && !ORDERING.contains(op.text())) {
            return false;
        }
        in.next();
        FieldRole role = ORDERING.contains(op.text()) ? FieldRole.RANGE : FieldRole.FILTER;
        sink.settle(left, role, null);
        sink.settle(right.parse(), role, null);
        return true;
    }

    static PplToken chain(PplTokens in, Sink sink, Level operand, FieldRole role, String... operators)
            throws QuerySyntaxException {
        PplToken left = operand.parse();
        while (accept(in, operators)) {
            sink.settle(left, role, null);
            sink.settle(operand.parse(), role, null);
            left = null;
        }
        return left;
    }

    /** Accepts a keyword operator ({@code and}) or symbol; {@code ||} is two adjacent '|' tokens. */
    private static boolean accept(PplTokens in, String... operators) {
        for (String operator : operators) {
            if (Character.isLetter(operator.charAt(0)) ? in.acceptKeyword(operator) : acceptSymbol(in, operator)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptSymbol(PplTokens in, String operator) {
        if (!operator.equals("||")) {
            return in.acceptSymbol(operator);
        }
        if (in.peek().isSymbol("|") && in.peek(1).isSymbol("|") && in.peek(1).start() == in.peek().end()) {
            in.next();
            in.next();
            return true;
        }
        return false;
    }
}
