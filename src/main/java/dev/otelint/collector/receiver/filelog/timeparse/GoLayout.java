package dev.otelint.collector.receiver.filelog.timeparse;

import dev.otelint.collector.receiver.filelog.timeparse.Chunk.Part;
import java.util.ArrayList;
import java.util.List;

/** Compiles a Go time layout ("Jan _2 15:04:05.000 -0700") into parts, recognising Go's std chunks. */
final class GoLayout {
    // longest first where one chunk is the prefix of another (Go's nextStdChunk makes the same choices)
    private static final List<Object[]> CHUNKS = List.of(
            new Object[] {"January", Chunk.MONTH_NAME}, new Object[] {"Jan", Chunk.MONTH_SHORT},
            new Object[] {"Monday", Chunk.WEEKDAY_NAME}, new Object[] {"Mon", Chunk.WEEKDAY_SHORT},
            new Object[] {"MST", Chunk.ZONE_NAME}, new Object[] {"2006", Chunk.YEAR4},
            new Object[] {"002", Chunk.YEAR_DAY}, new Object[] {"01", Chunk.MONTH2}, new Object[] {"02", Chunk.DAY2},
            new Object[] {"03", Chunk.HOUR12_2}, new Object[] {"04", Chunk.MINUTE2}, new Object[] {"05", Chunk.SECOND2},
            new Object[] {"06", Chunk.YEAR2}, new Object[] {"_2", Chunk.DAY_SPACE_PADDED},
            new Object[] {"15", Chunk.HOUR24}, new Object[] {"1", Chunk.MONTH}, new Object[] {"2", Chunk.DAY},
            new Object[] {"3", Chunk.HOUR12}, new Object[] {"4", Chunk.MINUTE}, new Object[] {"5", Chunk.SECOND},
            new Object[] {"PM", Chunk.PM_UPPER}, new Object[] {"pm", Chunk.PM_LOWER},
            new Object[] {"-07:00", Chunk.OFFSET_HH_COLON_MM}, new Object[] {"-0700", Chunk.OFFSET_HHMM},
            new Object[] {"-07", Chunk.OFFSET_HH}, new Object[] {"Z07:00", Chunk.Z_OFFSET_HH_COLON_MM},
            new Object[] {"Z0700", Chunk.Z_OFFSET_HHMM}, new Object[] {"Z07", Chunk.Z_OFFSET_HH});

    private GoLayout() {}

    static List<Part> compile(String layout) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            Part part = chunkAt(layout, i);
            if (part == null) {
                literal.append(layout.charAt(i++));
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Part(Chunk.LITERAL, literal.toString(), 0));
                literal.setLength(0);
            }
            parts.add(part);
            i += part.text().length();
        }
        if (literal.length() > 0) {
            parts.add(new Part(Chunk.LITERAL, literal.toString(), 0));
        }
        return parts;
    }

    private static Part chunkAt(String layout, int i) {
        char c = layout.charAt(i);
        if ((c == '.' || c == ',') && i + 1 < layout.length() && (layout.charAt(i + 1) == '0'
                || layout.charAt(i + 1) == '9')) {
            char digit = layout.charAt(i + 1);
            int end = i + 1;
            while (end < layout.length() && layout.charAt(end) == digit) {
                end++;
            }
            if (end == layout.length() || !Character.isDigit(layout.charAt(end))) {
                return new Part(digit == '0' ? Chunk.FRACTION_FIXED : Chunk.FRACTION_ANY, layout.substring(i, end),
                        end - i - 1);
            }
        }
        for (Object[] chunk : CHUNKS) {
            String text = (String) chunk[0];
            if (layout.startsWith(text, i) && !(text.equals("Mon") && layout.startsWith("Month", i))) {
                return new Part((Chunk) chunk[1], text, 0);
            }
        }
        return null;
    }
}
