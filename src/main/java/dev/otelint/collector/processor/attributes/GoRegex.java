package dev.otelint.collector.processor.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go (RE2) regular expression run with java.util.regex. Go writes named groups {@code (?P<name>...)} and
 * allows names Java refuses ({@code http_method}), so every named group is renamed {@code gN} and the Go
 * names are kept in order, as Go's SubexpNames() lists them.
 */
public record GoRegex(Pattern pattern, List<String> groupNames, boolean hasUnnamedGroup) {

    /** Compiles {@code source}; throws {@link IllegalArgumentException} when it is not a valid expression. */
    public static GoRegex compile(String source) {
        StringBuilder java = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean unnamed = false;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                java.append(c).append(source.charAt(++i));
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (source.startsWith("[]", i) || source.startsWith("[^]", i)) { // a leading ] is a literal
                    int skip = source.charAt(i + 1) == '^' ? 2 : 1;
                    java.append(source, i, i + skip + 1);
                    i += skip;
                    continue;
                }
            } else if (c == '(') {
                int nameStart = source.startsWith("(?P<", i) ? i + 4 : source.startsWith("(?<", i) ? i + 3 : -1;
                if (nameStart > 0) {
                    int end = source.indexOf('>', nameStart);
                    if (end < 0) {
                        throw new IllegalArgumentException("missing closing > in group name");
                    }
                    names.add(source.substring(nameStart, end));
                    java.append("(?<g").append(names.size()).append('>');
                    i = end;
                    continue;
                }
                unnamed |= !source.startsWith("(?", i);
            }
            java.append(c);
        }
        try {
            return new GoRegex(Pattern.compile(java.toString()), List.copyOf(names), unnamed);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription(), e);
        }
    }

    /** Go's MatchString: true when the expression matches anywhere in {@code text}. */
    public boolean matches(String text) {
        return pattern.matcher(text).find();
    }
}
