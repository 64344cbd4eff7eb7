package dev.otelint.collector.receiver.filelog.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expr-lang expression into tokens (the subset otelint supports). */
final class ExprLexer {
    enum Kind { IDENT, STRING, NUMBER, OP, LPAREN, RPAREN, LBRACK, RBRACK, DOT, END }

    record Token(Kind kind, String text, int column) {}

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!");

    private ExprLexer() {}

    static List<Token> tokens(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'' || c == '`') {
                i = string(source, i, tokens);
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, source.substring(start, i), start + 1));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_'
                        || source.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, source.substring(start, i), start + 1));
            } else {
                i = punctuation(source, i, tokens);
            }
        }
        tokens.add(new Token(Kind.END, "", source.length() + 1));
        return tokens;
    }

    private static int punctuation(String source, int i, List<Token> tokens) {
        char c = source.charAt(i);
        Kind single = switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACK;
            case ']' -> Kind.RBRACK;
            case '.' -> Kind.DOT;
            default -> null;
        };
        if (single != null) {
            tokens.add(new Token(single, String.valueOf(c), i + 1));
            return i + 1;
        }
        for (String op : OPERATORS) {
            if (source.startsWith(op, i)) {
                tokens.add(new Token(Kind.OP, op, i + 1));
                return i + op.length();
            }
        }
        throw new IllegalArgumentException("unsupported expression construct '" + c + "' at column " + (i + 1));
    }

    private static int string(String source, int start, List<Token> tokens) {
        char quote = source.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            char c = source.charAt(i);
            if (c == '\\' && quote != '`' && i + 1 < source.length()) {
                char next = source.charAt(++i);
                value.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                value.append(c);
            }
            i++;
        }
        if (i >= source.length()) {
            throw new IllegalArgumentException("unterminated string starting at column " + (start + 1));
        }
        tokens.add(new Token(Kind.STRING, value.toString(), start + 1));
        return i + 1;
    }
}
