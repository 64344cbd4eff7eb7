package dev.otelint.collector.receiver.filelog.timeparse;

import dev.otelint.collector.component.ConfigKey;

/** stanza's time parser settings (the time_parser operator and a parser's embedded {@code timestamp}). */
public class TimeConfig {
    @ConfigKey("parse_from")
    public String parseFrom;

    /** strptime (default), gotime or epoch. */
    @ConfigKey("layout_type")
    public String layoutType = "strptime";

    @ConfigKey("layout")
    public String layout = "";

    /** IANA zone for times written without one; default the machine's (stanza: time.Local). */
    @ConfigKey("location")
    public String location = "";
}
