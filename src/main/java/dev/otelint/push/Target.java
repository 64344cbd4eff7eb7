package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import dev.otelint.records.Signal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code --to NAME[=VALUE]}: the exporter it names, the id push gives it in the config it builds, and the
 * signals the exporter takes.
 */
public record Target(PushTarget pushTarget, String type, ComponentId id, String value, Set<Signal> signals) {
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/@:]*):[^/@]*@");

    public String name() {
        return pushTarget.name();
    }

    /** "otlp at localhost:4317", or "debug"; a password in a URL shows as "***". */
    public String describe() {
        return value.isEmpty() ? name() : name() + " at " + shownValue();
    }

    /** The value without the password of a {@code scheme://user:password@host} URL: it must not reach logs. */
    public String shownValue() {
        return USER_INFO.matcher(value).replaceFirst("$1$2:***@");
    }

    Map<String, Object> config() {
        return pushTarget.config(value);
    }

    Optional<HostPort> address() {
        return pushTarget.address(value);
    }

    /** Sends over the network (has an address to probe), unlike file and debug. */
    boolean isNetwork() {
        return address().isPresent();
    }
}
