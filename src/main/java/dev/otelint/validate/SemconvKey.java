package dev.otelint.validate;

import dev.otelint.catalog.SemconvAttribute;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One attribute id with the registry's answers about it, looked up once by {@link SemconvKeys}.
 * Children are keyed by member name: the parser shares one String per name between records, so a
 * repeated key is found without building its dotted id again.
 */
final class SemconvKey {
    final String id;
    /** The attribute with this exact id, or null. */
    final SemconvAttribute attribute;
    /** The template attribute whose keys include this id, or null. */
    final SemconvAttribute template;
    /** The registry has attributes under "id.". */
    final boolean registryNamespace;
    /** The Simple Schema has fields under "id.". */
    final boolean simpleSchemaNamespace;
    /** One of the Simple Schema's own fields. */
    final boolean simpleSchemaField;
    /** The namespace before the last dot is the registry's. */
    final boolean inRegistryNamespace;
    private final ConcurrentHashMap<String, SemconvKey> children = new ConcurrentHashMap<>();

    SemconvKey(String id, SemconvAttribute attribute, SemconvAttribute template, boolean registryNamespace,
               boolean simpleSchemaNamespace, boolean simpleSchemaField, boolean inRegistryNamespace) {
        this.id = id;
        this.attribute = attribute;
        this.template = template;
        this.registryNamespace = registryNamespace;
        this.simpleSchemaNamespace = simpleSchemaNamespace;
        this.simpleSchemaField = simpleSchemaField;
        this.inRegistryNamespace = inRegistryNamespace;
    }

    SemconvKey cachedChild(String name) {
        return children.get(name);
    }

    void cacheChild(String name, SemconvKey child) {
        children.putIfAbsent(name, child);
    }
}
