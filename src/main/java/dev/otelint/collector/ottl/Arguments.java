package dev.otelint.collector.ottl;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Helpers the functions share to read their compiled arguments and check runtime types as OTTL's getters do. */
final class Arguments {
    private Arguments() {}

    static Getter getter(Object[] args, int i) {
        return (Getter) args[i];
    }

    static PathAccessor target(Object[] args, int i) {
        return (PathAccessor) args[i];
    }

    static String string(Object[] args, int i) {
        return (String) args[i];
    }

    static long integer(Object[] args, int i) {
        return (Long) args[i];
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object[] args, int i) {
        return (List<T>) args[i];
    }

    /** A PMapGetter's value: a map, else a type error. */
    static Map<String, Object> map(Getter getter, TransformContext ctx) {
        Object v = getter.get(ctx);
        if (v instanceof Map<?, ?> map) {
            return Values.asMap(map);
        }
        throw new OttlRuntimeException("expected pcommon.Map but got " + Values.typeName(v));
    }

    /** A StringGetter's value: a string, else a type error. */
    static String string(Getter getter, TransformContext ctx) {
        Object v = getter.get(ctx);
        if (v instanceof String s) {
            return s;
        }
        throw new OttlRuntimeException("expected string but got " + Values.typeName(v));
    }

    /** A regex argument, compiled at config time with the function's message when it is invalid. */
    static Pattern regex(String pattern, String function) {
        try {
            return Pattern.compile(pattern.replace("(?P<", "(?<")); // Go's named groups
        } catch (PatternSyntaxException e) {
            throw new OttlException("the regex pattern supplied to " + function + " is not a valid pattern: "
                    + e.getDescription(), 0);
        }
    }

    /** An optional argument otelint does not implement yet: refused at config time, naming it. */
    static void unsupportedOptional(Object[] args, int i, String param, String function) {
        if (args[i] != null) {
            throw new OttlException("the optional argument " + param + " of " + function
                    + " is not supported by otelint", 0);
        }
    }

    /**
     * Go's Regexp.ReplaceAllString: every match replaced by the template with $1, ${1}, $name, ${name}
     * expanded ($$ is a literal $). As in Go, $ takes the longest name ("$1x" is group "1x"), and a group
     * that does not exist expands to nothing.
     */
    static String replaceAll(Pattern pattern, String input, String template) {
        Matcher m = pattern.matcher(input);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(input, last, m.start());
            expand(m, template, out);
            last = m.end();
        }
        return out.append(input.substring(last)).toString();
    }

    private static void expand(Matcher m, String template, StringBuilder out) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean braced = template.charAt(i + 1) == '{';
            int start = braced ? i + 2 : i + 1;
            int end = start;
            while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
                end++;
            }
            if (end == start || braced && (end >= template.length() || template.charAt(end) != '}')) {
                out.append(c); // not a reference: Go keeps the $
                continue;
            }
            out.append(group(m, template.substring(start, end)));
            i = braced ? end : end - 1;
        }
    }

    private static String group(Matcher m, String name) {
        String value = null;
        if (name.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(name);
            value = n <= m.groupCount() ? m.group(n) : null;
        } else {
            try {
                value = m.group(name);
            } catch (IllegalArgumentException e) {
                value = null; // no group of that name
            }
        }
        return value == null ? "" : value;
    }
}
