package dev.otelint.collector.component;

import dev.otelint.collector.net.HostPort;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code otelint push --to NAME=VALUE} names an exporter: VALUE (a URL, host:port or path) becomes the
 * exporter's config, as if read from a collector YAML, and the address push checks before it sends anything.
 */
public interface PushTarget {
    /** The NAME in {@code --to NAME=VALUE}, e.g. "opensearch". */
    String name();

    /** What VALUE is, for help and messages, e.g. "URL" or "host:port"; empty when the target takes no value. */
    String valueLabel();

    /** The exporter's config for VALUE ("" when none was given), keys and nesting as in the collector's YAML. */
    Map<String, Object> config(String value);

    /** Where the exporter connects, probed once before pushing; empty for targets that write locally. */
    Optional<HostPort> address(String value);
}
