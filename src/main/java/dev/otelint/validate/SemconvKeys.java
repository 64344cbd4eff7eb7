package dev.otelint.validate;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSimpleSchemaFields;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves attribute ids to {@link SemconvKey}s. Documents repeat the same keys record after record,
 * so ids are resolved once; the cache is bounded, so documents with ever new keys cannot grow memory.
 * Thread-safe.
 */
final class SemconvKeys {

    private static final int MAX_CACHED = 20_000;

    private final SemconvRegistry registry;
    private final SemconvSimpleSchemaFields simpleSchema;
    private final ConcurrentHashMap<String, SemconvKey> byId = new ConcurrentHashMap<>();
    private final AtomicInteger cached = new AtomicInteger();
    private final SemconvKey root;

    SemconvKeys(SemconvRegistry registry, SemconvSimpleSchemaFields simpleSchema) {
        this.registry = registry;
        this.simpleSchema = simpleSchema;
        this.root = new SemconvKey("", null, null, false, false, false, false);
    }

    /** The parent of top-level ids: its children's ids are their names. */
    SemconvKey root() {
        return root;
    }

    SemconvKey of(String id) {
        SemconvKey key = byId.get(id);
        if (key == null) {
            key = resolve(id);
            if (roomForOne()) {
                byId.putIfAbsent(id, key);
            }
        }
        return key;
    }

    /** The id {@code parent.id + "." + name} ({@code name} under the root). */
    SemconvKey child(SemconvKey parent, String name) {
        SemconvKey key = parent.cachedChild(name);
        if (key == null) {
            key = resolve(parent == root ? name : parent.id + "." + name);
            if (roomForOne()) {
                parent.cacheChild(name, key);
            }
        }
        return key;
    }

    /**
     * Claims a place in the cache. The count stops growing at the bound: counting every later miss
     * would wrap it around past Integer.MAX_VALUE and let the cache grow again.
     */
    private boolean roomForOne() {
        return cached.get() < MAX_CACHED && cached.incrementAndGet() <= MAX_CACHED;
    }

    private SemconvKey resolve(String id) {
        int dot = id.lastIndexOf('.');
        return new SemconvKey(id, registry.attribute(id), registry.templateFor(id), registry.ownsNamespace(id),
                simpleSchema.ownsNamespace(id), simpleSchema.ownsField(id),
                dot > 0 && registry.ownsNamespace(id.substring(0, dot)));
    }
}
