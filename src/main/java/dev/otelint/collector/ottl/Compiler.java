package dev.otelint.collector.ottl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a syntax tree into runnable getters and conditions for one context: resolves paths (with or
 * without a context prefix; the prefix is required when the context was inferred), checks each call
 * against its function's parameters, and builds the function.
 */
final class Compiler {
    private final OttlContext context;
    private final boolean prefixRequired;

    Compiler(OttlContext context, boolean prefixRequired) {
        this.context = context;
        this.prefixRequired = prefixRequired;
    }

    Getter editor(Ast.Call call) {
        return call(call);
    }

    Condition bool(Ast.Bool b) {
        if (b instanceof Ast.Or or) {
            List<Condition> terms = bools(or.terms());
            return ctx -> terms.stream().anyMatch(t -> t.test(ctx));
        }
        if (b instanceof Ast.And and) {
            List<Condition> terms = bools(and.terms());
            return ctx -> terms.stream().allMatch(t -> t.test(ctx));
        }
        if (b instanceof Ast.Not not) {
            Condition inner = bool(not.operand());
            return ctx -> !inner.test(ctx);
        }
        if (b instanceof Ast.BoolConst c) {
            return ctx -> c.value();
        }
        if (b instanceof Ast.Comparison c) {
            Getter left = value(c.left());
            Getter right = value(c.right());
            return ctx -> Comparisons.compare(left.get(ctx), c.op(), right.get(ctx));
        }
        Getter call = value(((Ast.BoolCall) b).call());
        return ctx -> {
            Object v = call.get(ctx);
            if (v instanceof Boolean result) {
                return result;
            }
            throw new OttlRuntimeException("expected bool but got " + Values.typeName(v));
        };
    }

    private List<Condition> bools(List<Ast.Bool> terms) {
        return terms.stream().map(this::bool).toList();
    }

    Getter value(Ast.Value v) {
        if (v instanceof Ast.Literal l) {
            return ctx -> l.value();
        }
        if (v instanceof Ast.EnumSymbol e) {
            Long number = Enums.value(e.name(), context);
            if (number == null && Functions.isOttlFunction(e.name())) {
                // OTTL passes a function by its bare name (replace_pattern's optional function argument)
                throw new OttlException("function \"" + e.name() + "\" as an argument is not supported by otelint",
                        e.column());
            }
            if (number == null) {
                throw new OttlException("enum symbol, " + e.name() + ", not found", e.column());
            }
            return ctx -> number;
        }
        if (v instanceof Ast.Path p) {
            return path(p);
        }
        if (v instanceof Ast.Call c) {
            return keyed(call(c), keys(c.keys()));
        }
        if (v instanceof Ast.MathOp m) {
            Getter left = value(m.left());
            Getter right = value(m.right());
            return ctx -> Arithmetic.apply(left.get(ctx), m.op(), right.get(ctx));
        }
        if (v instanceof Ast.Negate n) {
            Getter operand = value(n.operand());
            return ctx -> Arithmetic.apply(0L, "-", operand.get(ctx));
        }
        if (v instanceof Ast.ListValue l) {
            List<Getter> items = l.items().stream().map(this::value).toList();
            return ctx -> {
                List<Object> out = new ArrayList<>();
                items.forEach(g -> out.add(g.get(ctx)));
                return out;
            };
        }
        Map<String, Getter> entries = new LinkedHashMap<>();
        ((Ast.MapValue) v).entries().forEach(e -> entries.put(e.key(), value(e.value())));
        return ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, g) -> out.put(k, g.get(ctx)));
            return out;
        };
    }

    PathAccessor path(Ast.Path p) {
        List<Ast.Segment> segments = p.segments();
        OttlContext target = context;
        OttlContext prefix = segments.size() > 1 ? OttlContext.byPrefix(segments.get(0).name()) : null;
        if (prefix != null) {
            if (!context.reaches(prefix)) {
                throw new OttlException("path \"" + p.text() + "\": a " + context.label()
                        + " statement cannot reach the " + prefix.label() + " context", p.column());
            }
            target = prefix;
            segments = segments.subList(1, segments.size());
        } else if (prefixRequired) {
            throw new OttlException("path \"" + p.text() + "\" must start with its context (" + context.label()
                    + "." + p.text() + ", resource..., scope...)", p.column());
        }
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Ast.Segment s = segments.get(i);
            if (!s.keys().isEmpty() && i < segments.size() - 1) {
                throw new OttlException("path \"" + p.text() + "\": keys are only allowed at the end", s.column());
            }
            field.append(i == 0 ? "" : ".").append(s.name());
        }
        String name = field.toString();
        if (!target.hasPath(name)) {
            throw new OttlException("path \"" + p.text() + "\": the " + target.label() + " context has no path \""
                    + name + "\"", p.column());
        }
        List<Ast.Value> keys = segments.get(segments.size() - 1).keys();
        if (!keys.isEmpty() && !name.equals("attributes") && !name.equals("body")) {
            throw new OttlException("path \"" + p.text() + "\": " + name + " does not take keys", p.column());
        }
        return new PathAccessor(target, name, keys(keys));
    }

    private List<Getter> keys(List<Ast.Value> keys) {
        return keys.stream().map(this::value).toList();
    }

    // a converter's result indexed by keys: ParseJSON(body)["a"]
    private static Getter keyed(Getter base, List<Getter> keys) {
        if (keys.isEmpty()) {
            return base;
        }
        return ctx -> {
            Object current = base.get(ctx);
            for (Getter key : keys) {
                if (current == null) {
                    return null;
                }
                Object k = key.get(ctx);
                if (current instanceof Map<?, ?> map && k instanceof String s) {
                    current = map.get(s);
                } else if (current instanceof List<?> list && k instanceof Long i && i >= 0 && i < list.size()) {
                    current = list.get(i.intValue());
                } else {
                    throw new OttlRuntimeException("type " + Values.typeName(current) + " cannot be indexed by "
                            + Values.typeName(k));
                }
            }
            return current;
        };
    }

    private Getter call(Ast.Call call) {
        OttlFunction f = Functions.find(call.name(), call.column());
        Object[] args = new CallArguments(this, f, call).compile();
        try {
            return f.factory().create(args);
        } catch (OttlException e) {
            throw e.column() > 0 ? e : new OttlException(e.getMessage(), call.column());
        }
    }
}
