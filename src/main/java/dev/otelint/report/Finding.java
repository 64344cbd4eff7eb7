package dev.otelint.report;

/**
 * One problem found by any checker. Line, column and record are 1-based; 0 means unknown
 * (rendered as null in the JSON contract).
 */
public record Finding(String rule, Severity severity, String file, int line, int column, long record,
                      String path, String message, String expected, String actual, String fix) {

    public static Builder builder(Rule rule) {
        return new Builder(rule.id(), rule.severity());
    }

    public static final class Builder {
        private final String rule;
        private Severity severity;
        private String file;
        private int line;
        private int column;
        private long record;
        private String path;
        private String message;
        private String expected;
        private String actual;
        private String fix;

        private Builder(String rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
        }

        public Builder severity(Severity value) { this.severity = value; return this; }
        public Builder file(String value) { this.file = value; return this; }
        public Builder at(int line, int column) { this.line = line; this.column = column; return this; }
        public Builder record(long value) { this.record = value; return this; }
        public Builder path(String value) { this.path = value; return this; }
        public Builder message(String value) { this.message = value; return this; }
        public Builder expected(String value) { this.expected = value; return this; }
        public Builder actual(String value) { this.actual = value; return this; }
        public Builder fix(String value) { this.fix = value; return this; }

        public Finding build() {
            return new Finding(rule, severity, file, line, column, record, path, message, expected, actual, fix);
        }
    }
}
