package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.Field;
import dev.otelint.collector.receiver.filelog.severity.SeverityParser;
import dev.otelint.collector.receiver.filelog.timeparse.TimeParser;
import java.util.function.Function;

/**
 * stanza's ParserOperator: reads parse_from, parses it, sets the result at parse_to (a map merges into
 * attributes), then runs the embedded time and severity parsers and the body copy, in that order.
 */
final class Parser implements Transformer {
    private final Field parseFrom;
    private final Field parseTo;
    private final Field body;
    private final TimeParser time;
    private final SeverityParser severity;
    private final Function<Object, Object> parse;

    private Parser(ParserConfig c, Function<Object, Object> parse) {
        this.parseFrom = Field.parse(c.parseFrom);
        this.parseTo = Field.parse(c.parseTo);
        this.body = c.body == null ? null : Field.parse(c.body);
        this.time = c.timestamp == null ? null : TimeParser.build(c.timestamp);
        this.severity = c.severity == null ? null : SeverityParser.build(c.severity);
        this.parse = parse;
    }

    static Parser of(ParserConfig c, Function<Object, Object> parse) {
        return new Parser(c, parse);
    }

    @Override
    public void apply(Entry entry) {
        Object value = parseFrom.get(entry);
        if (value == Field.MISSING) {
            throw new IllegalArgumentException("Entry is missing the expected parse_from field " + parseFrom);
        }
        parseTo.set(entry, parse.apply(value));
        if (time != null) {
            time.parse(entry);
        }
        if (severity != null) {
            severity.parse(entry);
        }
        if (body != null) {
            Object newBody = body.get(entry);
            if (newBody != Field.MISSING) {
                entry.body = newBody;
            }
        }
    }
}
