package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.Factory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves {@code --to NAME[=VALUE]} through the registry: the exporter whose {@link PushTarget} has that name.
 * Push knows no list of its own, so an exporter that names itself is a target as soon as it is registered.
 */
public final class TargetResolver {
    private final Map<String, Named> byName = new TreeMap<>();

    private record Named(PushTarget target, Factory<?> factory) {}

    public TargetResolver(ComponentRegistry registry) {
        for (String type : registry.types(ComponentKind.EXPORTER)) {
            Factory<?> factory = registry.factory(ComponentKind.EXPORTER, type);
            if (factory instanceof ExporterFactory<?> exporter) {
                exporter.pushTarget().ifPresent(t -> byName.put(t.name(), new Named(t, factory)));
            }
        }
    }

    /** The known names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** One target per flag, in order; a type named twice gets ids type, type/2, ... */
    public List<Target> resolve(List<String> flags) {
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            String name = eq < 0 ? flag : flag.substring(0, eq);
            String value = eq < 0 ? "" : flag.substring(eq + 1);
            Named named = byName.get(name);
            if (named == null) {
                throw new BadInputException("--to " + flag + ": unknown target '" + name + "'; known: "
                        + String.join(", ", names()));
            }
            checkValue(flag, named.target(), value);
            String type = named.factory().type();
            int n = seen.merge(type, 1, Integer::sum);
            ComponentId id = new ComponentId(type, n == 1 ? "" : String.valueOf(n));
            targets.add(new Target(named.target(), type, id, value, named.factory().signals()));
        }
        return targets;
    }

    private static void checkValue(String flag, PushTarget target, String value) {
        if (target.valueLabel().isEmpty() && !value.isEmpty()) {
            throw new BadInputException("--to " + flag + ": " + target.name() + " takes no value (--to "
                    + target.name() + ")");
        }
        if (!target.valueLabel().isEmpty() && value.isEmpty()) {
            throw new BadInputException("--to " + flag + ": " + target.name() + " needs a " + target.valueLabel()
                    + " (--to " + target.name() + "=" + target.valueLabel() + ")");
        }
        try {
            target.address(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--to " + flag + ": expected a " + target.valueLabel() + ": " + e.getMessage());
        }
    }
}
