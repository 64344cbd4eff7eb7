package dev.otelint.collector.receiver.filelog.fileconsumer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into log entries (stanza's split funcs): at each newline, or with multiline at each
 * {@code line_start_pattern} match (an entry runs up to the next start) or after each
 * {@code line_end_pattern} match. Patterns run in multiline mode, so {@code ^} is the start of any line.
 */
public final class Splitter {
    /** A token: the entry's text and how many chars of the input it consumed. */
    public record Token(String text, int advance) {}

    private final Pattern lineStart;
    private final Pattern lineEnd;

    private Splitter(Pattern lineStart, Pattern lineEnd) {
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
    }

    public static Splitter newline() {
        return new Splitter(null, null);
    }

    public static Splitter lineStart(Pattern pattern) {
        return new Splitter(pattern, null);
    }

    public static Splitter lineEnd(Pattern pattern) {
        return new Splitter(null, pattern);
    }

    /**
     * The next token of {@code text} from {@code from}, or null when more text is needed ({@code atEof}: take
     * what is left). {@link Token#advance} counts from {@code from}.
     */
    public Token next(String text, int from, boolean atEof) {
        if (from >= text.length()) {
            return null;
        }
        Token t;
        if (lineStart != null) {
            t = byStart(text, from);
        } else if (lineEnd != null) {
            Matcher m = lineEnd.matcher(text).region(from, text.length());
            t = m.find() && m.end() > from ? new Token(text.substring(from, m.end()), m.end() - from) : null;
        } else {
            int nl = text.indexOf('\n', from);
            t = nl < 0 ? null : new Token(text.substring(from, nl), nl + 1 - from);
        }
        if (t == null && atEof) {
            t = new Token(text.substring(from), text.length() - from);
        }
        return t;
    }

    private Token byStart(String text, int from) {
        Matcher m = lineStart.matcher(text).region(from, text.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) {
            return null;
        }
        if (m.start() > from) {
            return new Token(text.substring(from, m.start()), m.start() - from); // text before the first start
        }
        int second = Math.max(m.end(), from + 1);
        if (second < text.length() && m.find(second) && m.start() < text.length()) {
            return new Token(text.substring(from, m.start()), m.start() - from);
        }
        return null;
    }

    /** stanza trims each entry's leading and trailing whitespace (newlines, \r) by default. */
    public static String trim(String token) {
        return token.strip();
    }
}
