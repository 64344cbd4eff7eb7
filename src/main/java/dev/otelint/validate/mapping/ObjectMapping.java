package dev.otelint.validate.mapping;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object or nested mapping (OpenSearch ObjectMapper). {@code dynamic} is null when the mapping
 * does not set it, in which case it is inherited from the enclosing objects.
 */
public final class ObjectMapping implements Mapper {

    private final String name;
    private final String path;
    private final Source source;
    private final boolean nested;
    private Dynamic dynamic;
    private Boolean enabled;
    private final Map<String, Mapper> children = new LinkedHashMap<>();

    ObjectMapping(String name, String path, Source source, boolean nested, Dynamic dynamic, Boolean enabled) {
        this.name = name;
        this.path = path;
        this.source = source;
        this.nested = nested;
        this.dynamic = dynamic;
        this.enabled = enabled;
    }

    /** A mapping created for an unmapped object while a document is checked. */
    public static ObjectMapping dynamicObject(String name, String path, boolean nested, Dynamic dynamic) {
        return new ObjectMapping(name, path, null, nested, dynamic, Boolean.TRUE);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Source source() {
        return source;
    }

    @Override
    public String typeName() {
        return nested ? "nested" : "object";
    }

    public boolean nested() {
        return nested;
    }

    /** The object's own dynamic setting, or null when inherited. */
    public Dynamic dynamic() {
        return dynamic;
    }

    /** False for {@code enabled: false}: the content is kept in _source but not parsed at all. */
    public boolean enabled() {
        return enabled == null || enabled;
    }

    public Mapper child(String childName) {
        return children.get(childName);
    }

    public Collection<Mapper> children() {
        return Collections.unmodifiableCollection(children.values());
    }

    void put(Mapper child) {
        // interned like the parser's member names, so that child() matches them by identity
        children.put(child.name().intern(), child);
    }

    /**
     * Merges a later template's definition of the same object into this one, as OpenSearch does
     * with MergeReason.INDEX_TEMPLATE: objects merge recursively, a later field replaces an earlier
     * one, and an object may not become a field, or nested, or the other way round.
     */
    void merge(ObjectMapping later) {
        if (later.nested != nested) {
            throw later.source.error("cannot change object mapping [" + path + "] from "
                    + (nested ? "nested to non-nested" : "non-nested to nested"));
        }
        if (later.dynamic != null) {
            dynamic = later.dynamic;
        }
        if (later.enabled != null) {
            enabled = later.enabled;
        }
        for (Mapper incoming : later.children.values()) {
            Mapper existing = children.get(incoming.name());
            if (existing == null) {
                put(incoming);
            } else if (existing instanceof ObjectMapping && incoming instanceof ObjectMapping) {
                ((ObjectMapping) existing).merge((ObjectMapping) incoming);
            } else if (existing instanceof ObjectMapping || incoming instanceof ObjectMapping) {
                throw incoming.source().error("can't merge a non object mapping [" + incoming.path()
                        + "] with an object mapping (defined at " + existing.source() + ")");
            } else {
                put(incoming);
            }
        }
    }
}
