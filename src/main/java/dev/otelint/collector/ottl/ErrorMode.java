package dev.otelint.collector.ottl;

import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ConsumeException;
import java.util.Locale;

/**
 * What a processor does when a statement or condition fails on an item (OTTL's error_mode): propagate
 * returns the error and the data is dropped; ignore logs it and goes on; silent goes on without logging.
 */
public enum ErrorMode {
    IGNORE, SILENT, PROPAGATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a config names, or null. */
    public static ErrorMode byLabel(String label) {
        for (ErrorMode m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Handles a failure of {@code what} ("statement", "condition"): throws {@link ConsumeException} under
     * propagate, logs a warning under ignore, returns quietly under silent.
     */
    public void handle(OttlRuntimeException e, String what, String text, CollectorLog log) {
        switch (this) {
            case PROPAGATE -> throw new ConsumeException("failed to execute " + what + ": " + text + ", " + e.getMessage());
            case IGNORE -> log.warn("failed to execute " + what, "{\"error\": " + json(e.getMessage()) + ", \""
                    + what + "\": " + json(text) + "}");
            case SILENT -> { }
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
