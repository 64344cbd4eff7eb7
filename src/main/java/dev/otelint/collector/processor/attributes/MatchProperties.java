package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.component.ConfigKey;
import java.util.List;

/**
 * An {@code include} or {@code exclude} section (contrib's filterconfig.MatchProperties): every property
 * that is set must match. Metrics are matched on {@code metric_names} and {@code resources} only, as the
 * collector does.
 */
public final class MatchProperties {
    @ConfigKey("match_type")
    public String matchType = "";

    @ConfigKey(value = "regexp", supported = false)
    public RegexpCacheConfig regexp;

    @ConfigKey("services")
    public List<String> services = List.of();

    @ConfigKey("span_names")
    public List<String> spanNames = List.of();

    @ConfigKey("span_kinds")
    public List<String> spanKinds = List.of();

    @ConfigKey("log_bodies")
    public List<String> logBodies = List.of();

    @ConfigKey("log_severity_texts")
    public List<String> logSeverityTexts = List.of();

    @ConfigKey(value = "log_severity_number", supported = false)
    public SeverityNumberConfig logSeverityNumber;

    @ConfigKey("metric_names")
    public List<String> metricNames = List.of();

    @ConfigKey("attributes")
    public List<AttributeMatch> attributes = List.of();

    @ConfigKey("resources")
    public List<AttributeMatch> resources = List.of();

    @ConfigKey("libraries")
    public List<LibraryMatch> libraries = List.of();

    /** {@code key} and an optional {@code value}: without a value, the key being present is a match. */
    public static final class AttributeMatch {
        @ConfigKey("key")
        public String key = "";

        @ConfigKey("value")
        public Object value;
    }

    /** An instrumentation scope: {@code name}, and {@code version} when set. */
    public static final class LibraryMatch {
        @ConfigKey("name")
        public String name = "";

        @ConfigKey("version")
        public String version;
    }

    /** The regexp match type's cache settings. */
    public static final class RegexpCacheConfig {
        @ConfigKey("cacheenabled")
        public boolean cacheEnabled;

        @ConfigKey(value = "cachemaxnumentries", unsigned = true)
        public int cacheMaxNumEntries;
    }

    /** Matching a log record's severity number from {@code min}. */
    public static final class SeverityNumberConfig {
        @ConfigKey("min")
        public Object min;

        @ConfigKey("match_undefined")
        public boolean matchUndefined;
    }
}
