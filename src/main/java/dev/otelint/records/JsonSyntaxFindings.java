package dev.otelint.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.otelint.report.Finding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the parser's exceptions into json.syntax findings worded for people. */
final class JsonSyntaxFindings {
    private static final Pattern CHAR_CODE = Pattern.compile(" \\((?:CTRL-CHAR, )?code \\d+\\)");
    private static final Pattern START_MARKER =
            Pattern.compile("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]\\)");
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    private static final String JACKSON_VALUE_LIST =
            "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    private JsonSyntaxFindings() {}

    /** A json.syntax finding for {@code e}, thrown by a parser whose line 1 is line {@code lineOffset + 1}. */
    static Finding of(String file, long record, JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + lineOffset;
        int column = at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
        return InputRules.JSON_SYNTAX.finding()
                .file(file).at(line, column).record(record)
                .message(plainWords(e.getOriginalMessage(), lineOffset))
                .build();
    }

    /** A json.syntax finding for a problem found after a value parsed, e.g. a second value on one NDJSON line. */
    static Finding of(String file, long record, int line, int column, String message) {
        return InputRules.JSON_SYNTAX.finding().file(file).at(line, column).record(record).message(message).build();
    }

    static String plainWords(String parserMessage, int lineOffset) {
        String message = parserMessage == null ? "malformed JSON" : parserMessage;
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        message = CHAR_CODE.matcher(message).replaceAll("");
        message = message.replace(JACKSON_VALUE_LIST, "(a string, number, array, object, true, false or null)");
        message = replaceLocations(START_MARKER, message, lineOffset, "(opened at line %d, column %s)");
        return replaceLocations(SOURCE_LOCATION, message, lineOffset, "line %d, column %s");
    }

    /** Jackson names places as "[Source: ...; line: L, column: C]"; this keeps the place and drops the noise. */
    private static String replaceLocations(Pattern pattern, String message, int lineOffset, String format) {
        Matcher m = pattern.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1)) + lineOffset;
            m.appendReplacement(sb, Matcher.quoteReplacement(String.format(format, line, m.group(2))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
