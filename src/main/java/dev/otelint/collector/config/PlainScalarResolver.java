package dev.otelint.collector.config;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Marks untagged plain scalars instead of resolving them by YAML 1.1 rules (where "yes" is a boolean), so
 * that {@link YamlScalars} can resolve them as the collector does. Quoted and explicitly tagged scalars keep
 * their tag.
 */
final class PlainScalarResolver extends Resolver {
    static final Tag PLAIN = new Tag("tag:otelint.dev,2025:plain");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit) {
            return PLAIN;
        }
        return super.resolve(kind, value, implicit);
    }
}
