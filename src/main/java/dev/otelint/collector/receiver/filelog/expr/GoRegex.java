package dev.otelint.collector.receiver.filelog.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go (RE2) regular expression run with java.util.regex. Named groups are written {@code (?P<name>...)}
 * in Go and may hold underscores, which Java's group names cannot, so groups are renamed and the Go names
 * kept; POSIX classes ({@code [[:digit:]]}) become Java's {@code \p{Digit}}.
 */
public final class GoRegex {
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>");
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\s"), Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private final Pattern pattern;
    private final List<String> groupNames;

    private GoRegex(Pattern pattern, List<String> groupNames) {
        this.pattern = pattern;
        this.groupNames = groupNames;
    }

    /** Compiles; throws IllegalArgumentException with Java's description of a bad pattern. */
    public static GoRegex compile(String goPattern) {
        List<String> names = new ArrayList<>();
        StringBuilder java = new StringBuilder();
        Matcher m = NAMED_GROUP.matcher(goPattern);
        int last = 0;
        while (m.find()) {
            if (escaped(goPattern, m.start())) {
                continue;
            }
            java.append(goPattern, last, m.start()).append("(?<g").append(names.size()).append('>');
            names.add(m.group(1));
            last = m.end();
        }
        java.append(goPattern.substring(last));
        String translated = java.toString();
        for (Map.Entry<String, String> c : POSIX.entrySet()) {
            translated = translated.replace("[:" + c.getKey() + ":]", c.getValue());
        }
        try {
            return new GoRegex(Pattern.compile(translated), List.copyOf(names));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("compiling regex: " + e.getDescription() + " in `" + goPattern + "`");
        }
    }

    private static boolean escaped(String s, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The Go names of the named groups, in order. */
    public List<String> groupNames() {
        return groupNames;
    }

    /** The text of named group {@code i} in {@code m}, "" when it did not take part (Go's FindStringSubmatch). */
    public static String group(Matcher m, int i) {
        String value = m.group("g" + i);
        return value == null ? "" : value;
    }

    /** Go's MatchString: true when the pattern matches anywhere in the text. */
    public boolean matches(String text) {
        return pattern.matcher(text).find();
    }
}
