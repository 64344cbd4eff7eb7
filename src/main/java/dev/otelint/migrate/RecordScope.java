package dev.otelint.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An object or array open while a record file is read: the names it holds (member names, or the
 * {@code key}s of an OTLP attribute list) and the renames waiting until it closes, when a rename
 * whose replacement is already among the names can be told apart.
 */
final class RecordScope {

    /** A rename of a name written in this scope, decided when the scope closes. */
    record Candidate(TextEdit edit, int line, long record, String path) {}

    private final boolean array;
    private final String path;
    private final boolean attributeList;
    private final boolean otlpAttribute;
    private final Set<String> names = new HashSet<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private String lastName;

    private RecordScope(boolean array, String path, boolean attributeList, boolean otlpAttribute) {
        this.array = array;
        this.path = path;
        this.attributeList = attributeList;
        this.otlpAttribute = otlpAttribute;
    }

    static RecordScope root(boolean array) {
        return new RecordScope(array, "", false, false);
    }

    /**
     * The scope of a value that opens inside this one. Objects in arrays are documents of their own
     * (records of a JSON array, span events), so their field paths start afresh; an array under an
     * "attributes" member may be an OTLP attribute list ({"key": ..., "value": ...} elements).
     */
    RecordScope child(boolean childArray) {
        if (array) {
            return new RecordScope(childArray, "", false, !childArray && attributeList);
        }
        return new RecordScope(childArray, pathOf(lastName), childArray && "attributes".equals(lastName), false);
    }

    /** The dotted field path of member {@code name} of this object. */
    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void name(String name) {
        lastName = name;
        names.add(name);
    }

    /** An OTLP attribute list records the keys of its elements. */
    void attributeKey(String key) {
        names.add(key);
    }

    boolean isArray() { return array; }
    boolean isAttributeList() { return attributeList; }
    boolean isOtlpAttribute() { return otlpAttribute; }
    String lastName() { return lastName; }
    boolean holds(String name) { return names.contains(name); }
    List<Candidate> candidates() { return candidates; }
}
