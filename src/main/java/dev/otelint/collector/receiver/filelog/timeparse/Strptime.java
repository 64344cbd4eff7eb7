package dev.otelint.collector.receiver.filelog.timeparse;

import dev.otelint.collector.receiver.filelog.timeparse.Chunk.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a strptime layout ("%d/%b/%Y:%H:%M:%S %z") into parts, with the directives stanza supports
 * (its ctimefmt table: %Y %y %m %b %h %B %d %e %a %A %H %I %p %M %S %L %f %z %Z %D %x %F %T %X %r %R %c
 * %n %t %%). Text between directives is literal.
 */
final class Strptime {
    private static final Map<Character, String> GO_EQUIVALENT = Map.ofEntries(
            Map.entry('Y', "2006"), Map.entry('y', "06"), Map.entry('m', "01"), Map.entry('b', "Jan"),
            Map.entry('h', "Jan"), Map.entry('B', "January"), Map.entry('d', "02"), Map.entry('e', "_2"),
            Map.entry('a', "Mon"), Map.entry('A', "Monday"), Map.entry('H', "15"), Map.entry('I', "03"),
            Map.entry('p', "PM"), Map.entry('M', "04"), Map.entry('S', "05"), Map.entry('z', "-0700"),
            Map.entry('Z', "MST"), Map.entry('D', "01/02/2006"), Map.entry('x', "01/02/2006"),
            Map.entry('F', "2006-01-02"), Map.entry('T', "15:04:05"), Map.entry('X', "15:04:05"),
            Map.entry('r', "03:04:05 pm"), Map.entry('R', "15:04"), Map.entry('c', "Mon Jan 02 15:04:05 2006"));

    private Strptime() {}

    static List<Part> compile(String layout) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (++i >= layout.length()) {
                throw new IllegalArgumentException("layout '" + layout + "' ends with a lone %");
            }
            char d = layout.charAt(i);
            switch (d) {
                case '%' -> literal.append('%');
                case 'n' -> literal.append('\n');
                case 't' -> literal.append('\t');
                case 'L' -> fraction(parts, literal, new Part(Chunk.FRACTION_FIXED, "%L", 3));
                case 'f' -> fraction(parts, literal, new Part(Chunk.FRACTION_ANY, "%f", 9));
                default -> {
                    String go = GO_EQUIVALENT.get(d);
                    if (go == null) {
                        throw new IllegalArgumentException("unsupported strptime directive %" + d + " in layout '"
                                + layout + "'");
                    }
                    flush(parts, literal);
                    parts.addAll(GoLayout.compile(go));
                }
            }
        }
        flush(parts, literal);
        return parts;
    }

    /** %L and %f follow a literal '.' or ',' in the layout: the fraction's digits only. */
    private static void fraction(List<Part> parts, StringBuilder literal, Part fraction) {
        flush(parts, literal);
        parts.add(fraction);
    }

    private static void flush(List<Part> parts, StringBuilder literal) {
        if (literal.length() > 0) {
            parts.add(new Part(Chunk.LITERAL, literal.toString(), 0));
            literal.setLength(0);
        }
    }
}
