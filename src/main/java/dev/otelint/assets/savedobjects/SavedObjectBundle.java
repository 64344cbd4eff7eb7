package dev.otelint.assets.savedobjects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved objects of one or more NDJSON files that are imported together (an integration's
 * assets/), so references between files resolve. The first object of a type and id wins, as in
 * an import that overwrites.
 */
public final class SavedObjectBundle {
    private final List<SavedObject> objects = new ArrayList<>();
    private final Map<String, SavedObject> byKey = new HashMap<>();

    /** Adds the object; false when one with the same type and id is already there. */
    public boolean add(SavedObject object) {
        objects.add(object);
        return byKey.putIfAbsent(key(object.type(), object.id()), object) == null;
    }

    public List<SavedObject> objects() {
        return List.copyOf(objects);
    }

    public Optional<SavedObject> find(String type, String id) {
        return Optional.ofNullable(byKey.get(key(type, id)));
    }

    /** The title of the bundled index-pattern {@code id}: the index pattern queries run against. */
    public Optional<String> indexPatternTitle(String id) {
        return find("index-pattern", id).map(SavedObject::title);
    }

    private static String key(String type, String id) {
        return type + '\u0000' + id;
    }
}
