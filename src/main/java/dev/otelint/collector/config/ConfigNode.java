package dev.otelint.collector.config;

/** A node of a collector config as read from YAML: a map, a list or a scalar, with where it was written. */
public sealed interface ConfigNode permits ConfigMap, ConfigList, ConfigScalar {

    ConfigSource source();

    /** The YAML kind in the words the collector's decoder uses in its errors ("map", "slice", "string"...). */
    String goKind();
}
