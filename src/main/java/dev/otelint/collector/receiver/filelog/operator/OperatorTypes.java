package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.receiver.filelog.severity.SeverityConfig;
import dev.otelint.collector.receiver.filelog.severity.SeverityParser;
import dev.otelint.collector.receiver.filelog.timeparse.TimeConfig;
import dev.otelint.collector.receiver.filelog.timeparse.TimeParser;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/** The operator types otelint runs (besides router): each one's settings class and how to build it. */
final class OperatorTypes {
    /** A type: a fresh settings object to bind into, and the operator built from it. */
    record Type<C>(Supplier<C> settings, Function<C, Transformer> build) {
        @SuppressWarnings("unchecked")
        Transformer buildFrom(Object settings) {
            return build.apply((C) settings);
        }
    }

    static final Map<String, Type<?>> TYPES = new TreeMap<>(Map.of(
            "json_parser", new Type<>(Parsers.JsonConfig::new, Parsers::json),
            "regex_parser", new Type<>(Parsers.RegexConfig::new, Parsers::regex),
            "time_parser", new Type<>(TimeConfig::new, OperatorTypes::time),
            "severity_parser", new Type<>(SeverityConfig::new, OperatorTypes::severity),
            "move", new Type<>(FieldOperators.FromTo::new, FieldOperators::move),
            "copy", new Type<>(FieldOperators.FromTo::new, FieldOperators::copy),
            "add", new Type<>(FieldOperators.AddConfig::new, FieldOperators::add),
            "remove", new Type<>(FieldOperators.RemoveConfig::new, FieldOperators::remove),
            "noop", new Type<>(FieldOperators.NoSettings::new, FieldOperators::noop)));

    private OperatorTypes() {}

    private static Transformer time(TimeConfig c) {
        TimeParser parser = TimeParser.build(c);
        return parser::parse;
    }

    private static Transformer severity(SeverityConfig c) {
        SeverityParser parser = SeverityParser.build(c);
        return parser::parse;
    }
}
