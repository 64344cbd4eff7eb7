package dev.otelint.collector.ottl;

import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OTTL statements and conditions from a processor's config and compiles them, collecting every
 * problem with the file and line of its statement (the column inside the statement is in the message);
 * {@link #throwIfAny()} then reports them all at once.
 */
public final class OttlConfigReader {
    private final List<ConfigException> errors = new ArrayList<>();

    /** The string items of a list setting; anything else is an error. */
    public List<ConfigScalar> strings(ConfigNode node, String name) {
        List<ConfigScalar> out = new ArrayList<>();
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof ConfigList list)) {
            error("'" + name + "' expected type '[]string', got unconvertible type '" + node.goKind() + "'", node.source());
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            ConfigNode item = list.items().get(i);
            if (item instanceof ConfigScalar s && s.value() instanceof String) {
                out.add(s);
            } else {
                error("'" + name + "[" + i + "]' expected type 'string', got unconvertible type '" + item.goKind()
                        + "'", item.source());
            }
        }
        return out;
    }

    /** The statement compiled for {@code context}, or null after recording why it cannot be. */
    public OttlStatement statement(ConfigScalar s, OttlContext context) {
        try {
            return OttlStatement.compile(s.text(), context);
        } catch (OttlException e) {
            return failed("statement", s, e);
        }
    }

    /** The statement with its context inferred among {@code candidates}, or null after recording why not. */
    public OttlStatement inferredStatement(ConfigScalar s, List<OttlContext> candidates) {
        try {
            return OttlStatement.compileInferred(s.text(), candidates);
        } catch (OttlException e) {
            return failed("statement", s, e);
        }
    }

    public OttlCondition condition(ConfigScalar s, OttlContext context) {
        return condition(s, context, false);
    }

    /** As {@link #statement}, for a context inferred for the group, so every path must name its context. */
    public OttlStatement prefixedStatement(ConfigScalar s, OttlContext context) {
        try {
            return OttlStatement.compilePrefixed(s.text(), context);
        } catch (OttlException e) {
            return failed("statement", s, e);
        }
    }

    public OttlCondition condition(ConfigScalar s, OttlContext context, boolean prefixed) {
        try {
            return prefixed ? OttlCondition.compilePrefixed(s.text(), context) : OttlCondition.compile(s.text(), context);
        } catch (OttlException e) {
            return failed("condition", s, e);
        }
    }

    /** The context of a group without one, inferred from its paths, or null after recording why not. */
    public OttlContext inferContext(List<ConfigScalar> statements, List<ConfigScalar> conditions,
                                    List<OttlContext> candidates, ConfigSource at) {
        try {
            return OttlStatement.inferContext(statements.stream().map(ConfigScalar::text).toList(),
                    conditions.stream().map(ConfigScalar::text).toList(), candidates);
        } catch (OttlException e) {
            error("unable to infer the context of a statement group: " + e.getMessage(), at);
            return null;
        }
    }

    private <R> R failed(String what, ConfigScalar s, OttlException e) {
        String at = e.column() > 0 ? " (column " + e.column() + ")" : "";
        error("unable to parse OTTL " + what + " \"" + s.text() + "\": " + e.getMessage() + at, s.source());
        return null;
    }

    public void error(String message, ConfigSource at) {
        errors.add(new ConfigException(message, at));
    }

    /** Throws the first problem, with the others suppressed in it. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        ConfigException first = errors.get(0);
        errors.subList(1, errors.size()).forEach(first::addSuppressed);
        throw first;
    }
}
