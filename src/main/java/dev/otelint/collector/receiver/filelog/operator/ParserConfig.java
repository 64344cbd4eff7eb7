package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.receiver.filelog.severity.SeverityConfig;
import dev.otelint.collector.receiver.filelog.timeparse.TimeConfig;

/** What stanza's parsers share: where to read, where to put the result, embedded timestamp and severity. */
public class ParserConfig {
    @ConfigKey("parse_from")
    public String parseFrom = "body";

    @ConfigKey("parse_to")
    public String parseTo = "attributes";

    /** Copy this field to the body once parsed. */
    @ConfigKey("body")
    public String body;

    @ConfigKey("timestamp")
    public TimeConfig timestamp;

    @ConfigKey("severity")
    public SeverityConfig severity;
}
