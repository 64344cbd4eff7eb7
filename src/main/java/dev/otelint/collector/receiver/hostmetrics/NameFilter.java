package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.processor.attributes.GoRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compiled filterset (contrib's internal/filter/filterset): strict matches a name exactly, regexp finds any
 * of the patterns anywhere in it (Go's MatchString).
 */
final class NameFilter {
    private final Set<String> strict;
    private final List<GoRegex> patterns;

    private NameFilter(Set<String> strict, List<GoRegex> patterns) {
        this.strict = strict;
        this.patterns = patterns;
    }

    /**
     * The filter {@code config} describes, or null when its list is empty (the scrapers make no filter then).
     * Throws {@link IllegalArgumentException} with filterset's message for a bad match_type or pattern.
     */
    static NameFilter of(FilterSetConfig config) {
        List<String> names = config.names();
        if (names.isEmpty()) {
            return null;
        }
        switch (config.matchType) {
            case "strict":
                return new NameFilter(Set.copyOf(names), List.of());
            case "regexp":
                List<GoRegex> compiled = new ArrayList<>();
                for (String pattern : names) {
                    try {
                        compiled.add(GoRegex.compile(pattern));
                    } catch (IllegalArgumentException e) {
                        throw new BadPattern(pattern, "error parsing regexp: " + goWording(e.getMessage()) + ": `"
                                + pattern + "`");
                    }
                }
                return new NameFilter(Set.of(), List.copyOf(compiled));
            default:
                // filterset.CreateFilterSet
                throw new IllegalArgumentException("unrecognized match_type: '" + config.matchType
                        + "', valid types are: [regexp strict]");
        }
    }

    /** A pattern that does not compile, and which one. */
    static final class BadPattern extends IllegalArgumentException {
        final String pattern;

        BadPattern(String pattern, String message) {
            super(message);
            this.pattern = pattern;
        }
    }

    /** Go's words for the commonest syntax errors java.util.regex describes in its own. */
    private static String goWording(String javaDescription) {
        return switch (javaDescription) {
            case "Unclosed group" -> "missing closing )";
            case "Unclosed character class" -> "missing closing ]";
            case "Unmatched closing ')'" -> "unexpected )";
            default -> javaDescription.startsWith("Dangling meta character") ? "missing argument to repetition operator"
                    : javaDescription;
        };
    }

    boolean matches(String name) {
        if (strict.contains(name)) {
            return true;
        }
        for (GoRegex pattern : patterns) {
            if (pattern.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** The scrapers' rule: kept when the include filter (if any) matches and the exclude filter (if any) does not. */
    static boolean keeps(NameFilter include, NameFilter exclude, String name) {
        return (include == null || include.matches(name)) && (exclude == null || !exclude.matches(name));
    }
}
