package dev.otelint.validate.mapping;

import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;

/** Where a piece of a mapping was written, for error messages after templates are merged. */
public record Source(String file, int line, int column) {

    static Source of(String file, JsonValue value) {
        return new Source(file, value.line(), value.column());
    }

    /** An error located here. */
    public BadInputException error(String what) {
        return BadInputException.at(file, line, column, what);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
