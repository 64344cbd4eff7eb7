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
    /** The screen's last spots at this key: a key is met from one root, record after record. */
    private SemconvScreen.Spot keySpot;
    private SemconvScreen.Spot membersSpot;

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

    /**
     * The spot of this key's value ({@code members} false) or of its members below {@code root}, made once
     * per root in a row. Threads may race on the fields: a Spot is immutable, so the worst is one made twice.
     */
    SemconvScreen.Spot spot(boolean members, SemconvAttributeRoot root) {
        SemconvScreen.Spot spot = members ? membersSpot : keySpot;
        if (spot != null && spot.root() == root) {
            return spot;
        }
        spot = new SemconvScreen.Spot(members ? SemconvScreen.Kind.MEMBERS : SemconvScreen.Kind.KEY, this, root);
        if (members) {
            membersSpot = spot;
        } else {
            keySpot = spot;
        }
        return spot;
    }
}
