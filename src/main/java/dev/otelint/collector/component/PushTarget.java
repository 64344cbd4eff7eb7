package dev.otelint.collector.component;

import dev.otelint.collector.net.HostPort;
import dev.otelint.collector.net.UrlEndpoints;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    /** A target whose VALUE is the http(s) URL the exporter sends to; a value that is no URL is left to the config's checks. */
    static PushTarget url(String name, Function<String, Map<String, Object>> config) {
        return of(name, "URL", config, value -> {
            try {
                return Optional.of(UrlEndpoints.address(value));
            } catch (IllegalArgumentException notAUrl) {
                return Optional.empty();
            }
        });
    }

    /** A target that writes on this machine: nothing to probe. */
    static PushTarget local(String name, String valueLabel, Function<String, Map<String, Object>> config) {
        return of(name, valueLabel, config, value -> Optional.empty());
    }

    static PushTarget of(String name, String valueLabel, Function<String, Map<String, Object>> config,
                         Function<String, Optional<HostPort>> address) {
        return new PushTarget() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String valueLabel() {
                return valueLabel;
            }

            @Override
            public Map<String, Object> config(String value) {
                return config.apply(value);
            }

            @Override
            public Optional<HostPort> address(String value) {
                return address.apply(value);
            }
        };
    }
}
