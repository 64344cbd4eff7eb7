package dev.otelint.collector.component;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The collector's own log, in the console layout of its default logger: time, level, message, then
 * fields as JSON. Goes to standard error, like the collector's.
 */
public final class CollectorLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private final PrintStream out;

    public CollectorLog(PrintStream out) {
        this.out = out;
    }

    public PrintStream stream() {
        return out;
    }

    public void info(String message, String fieldsJson) {
        write("info", message, fieldsJson);
    }

    public void warn(String message, String fieldsJson) {
        write("warn", message, fieldsJson);
    }

    public void error(String message, String fieldsJson) {
        write("error", message, fieldsJson);
    }

    /** One entry; {@code fieldsJson} may be null and {@code message} may span lines (the debug exporter's). */
    public synchronized void write(String level, String message, String fieldsJson) {
        StringBuilder line = new StringBuilder(TIME.format(OffsetDateTime.now())).append('\t').append(level)
                .append('\t').append(message);
        if (fieldsJson != null) {
            line.append('\t').append(fieldsJson);
        }
        out.println(line);
        out.flush();
    }
}
