package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.receiver.filelog.expr.Condition;
import dev.otelint.collector.receiver.filelog.expr.ExprParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads the {@code operators} list into an {@link OperatorPipeline}, collecting every problem with its line. */
final class OperatorPipelineBuilder {
    private final OperatorPipeline.ErrorLog errorLog;
    private final List<String> problems = new ArrayList<>();

    OperatorPipelineBuilder(OperatorPipeline.ErrorLog errorLog) {
        this.errorLog = errorLog;
    }

    public static class RouterConfig {
        @ConfigKey("routes")
        public ConfigNode routes;

        @ConfigKey("default")
        public ConfigNode defaults;
    }

    /** A route of a router. */
    public static class RouteConfig {
        @ConfigKey("output")
        public ConfigNode output;

        @ConfigKey("expr")
        public String expr;

        @ConfigKey("attributes")
        public ConfigNode attributes;
    }

    /** An operator read but not yet linked: outputs are resolved once every id is known. */
    private record Pending(String id, CommonConfig common, Object built, ConfigSource at) {}

    OperatorPipeline build(ConfigNode operators) {
        List<Pending> pending = new ArrayList<>();
        if (operators instanceof ConfigList list) {
            Map<String, Integer> seenTypes = new LinkedHashMap<>();
            for (int i = 0; i < list.items().size(); i++) {
                Pending p = read(i, list.items().get(i), seenTypes);
                if (p != null) {
                    pending.add(p);
                }
            }
        } else if (operators != null && !(operators instanceof ConfigScalar s && s.isNull())) {
            problems.add("'operators' expected a list, got '" + operators.goKind() + "' (" + operators.source() + ")");
        }
        Map<String, OperatorPipeline.Node> nodes = link(pending);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String first = pending.isEmpty() ? OperatorPipeline.RECEIVER : pending.get(0).id();
        return new OperatorPipeline(nodes, first, errorLog);
    }

    private Pending read(int index, ConfigNode node, Map<String, Integer> seenTypes) {
        String where = "operators[" + index + "] (" + node.source() + ")";
        if (!(node instanceof ConfigMap map) || !(map.get("type") instanceof ConfigScalar t
                && t.value() instanceof String type)) {
            problems.add(where + ": an operator is a map with a 'type'");
            return null;
        }
        CommonConfig common = new CommonConfig();
        bind(subset(map, CommonConfig.KEYS::contains), common, where);
        if (common.id == null) {
            // stanza numbers repeated default ids: move, move1, move2
            int n = seenTypes.merge(type, 1, Integer::sum) - 1;
            common.id = n == 0 ? type : type + n;
        }
        ConfigMap own = subset(map, k -> !CommonConfig.KEYS.contains(k));
        try {
            if (type.equals("router")) {
                if (common.condition != null) {
                    problems.add(where + " router: 'if' does not apply to a router (each route has an expr)");
                }
                RouterConfig router = new RouterConfig();
                bind(own, router, where);
                return new Pending(common.id, common, router, map.source());
            }
            OperatorTypes.Type<?> spec = OperatorTypes.TYPES.get(type);
            if (spec == null) {
                problems.add(where + ": unsupported operator type \"" + type + "\" (otelint has: router, "
                        + String.join(", ", OperatorTypes.TYPES.keySet()) + ")");
                return null;
            }
            Object settings = spec.settings().get();
            bind(own, settings, where);
            return new Pending(common.id, common, spec.buildFrom(settings), map.source());
        } catch (IllegalArgumentException e) {
            problems.add(where + " " + type + ": " + e.getMessage());
            return null;
        }
    }

    private Map<String, OperatorPipeline.Node> link(List<Pending> pending) {
        Map<String, OperatorPipeline.Node> nodes = new LinkedHashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        pending.forEach(p -> {
            if (!ids.add(p.id())) {
                problems.add("operator id \"" + p.id() + "\" is used twice (" + p.at() + ")");
            }
        });
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            String next = i + 1 < pending.size() ? pending.get(i + 1).id() : OperatorPipeline.RECEIVER;
            try {
                nodes.put(p.id(), node(p, next, ids));
            } catch (IllegalArgumentException e) {
                problems.add("operator \"" + p.id() + "\" (" + p.at() + "): " + e.getMessage());
            }
        }
        return nodes;
    }

    private OperatorPipeline.Node node(Pending p, String next, Set<String> ids) {
        if (p.built() instanceof RouterConfig router) {
            return router(p.id(), router, ids);
        }
        List<String> outputs = outputs(p.common().output, List.of(next), ids);
        Condition condition = p.common().condition == null ? Condition.ALWAYS
                : condition(p.common().condition, "if");
        return new OperatorPipeline.Step(p.id(), condition, p.common().onError, (Transformer) p.built(), outputs);
    }

    private OperatorPipeline.Node router(String id, RouterConfig c, Set<String> ids) {
        List<OperatorPipeline.Route> routes = new ArrayList<>();
        if (!(c.routes instanceof ConfigList list) || list.items().isEmpty()) {
            throw new IllegalArgumentException("a router needs a list of routes");
        }
        for (ConfigNode item : list.items()) {
            RouteConfig route = new RouteConfig();
            bind(item, route, "route (" + item.source() + ")");
            if (route.expr == null) {
                throw new IllegalArgumentException("a route needs an expr (" + item.source() + ")");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (route.attributes instanceof ConfigMap attrs) {
                attrs.list().forEach(e -> attributes.put(e.key(), FieldOperators.plain(e.value())));
            }
            routes.add(new OperatorPipeline.Route(condition(route.expr, "expr"), attributes,
                    outputs(route.output, List.of(), ids)));
        }
        return new OperatorPipeline.Router(id, routes, outputs(c.defaults, List.of(), ids));
    }

    private static Condition condition(String expr, String key) {
        try {
            return ExprParser.parse(expr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " '" + expr + "': " + e.getMessage());
        }
    }

    private static List<String> outputs(ConfigNode node, List<String> otherwise, Set<String> ids) {
        List<String> outputs = new ArrayList<>();
        if (node instanceof ConfigScalar s && s.value() instanceof String id) {
            outputs.add(id);
        } else if (node instanceof ConfigList list) {
            list.items().forEach(i -> outputs.add(i instanceof ConfigScalar s ? s.text() : i.toString()));
        } else if (node != null && !(node instanceof ConfigScalar s && s.isNull())) {
            throw new IllegalArgumentException("'output' expected an id or a list of ids");
        }
        for (String id : outputs) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("operator '" + id + "' does not exist");
            }
        }
        return outputs.isEmpty() ? otherwise : outputs;
    }

    private void bind(ConfigNode node, Object target, String where) {
        new ConfigBinder(new ConfigBinder.Problems() {
            @Override
            public void error(String message, ConfigSource at) {
                problems.add(where + ": " + message);
            }

            @Override
            public void unsupported(String message, ConfigSource at) {
                problems.add(where + ": " + message);
            }
        }).bind(node, target);
    }

    private static ConfigMap subset(ConfigMap map, Predicate<String> keep) {
        Map<String, ConfigMap.Entry> kept = new LinkedHashMap<>();
        map.list().stream().filter(e -> keep.test(e.key())).forEach(e -> kept.put(e.key(), e));
        return new ConfigMap(kept, map.source());
    }
}
