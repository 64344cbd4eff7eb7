package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.mapping.Dynamic;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.Mapper;
import dev.otelint.validate.mapping.ObjectMapping;
import dev.otelint.validate.values.Outcome;
import java.util.List;

/**
 * The rules of {@link DocumentWalk} as one document streams by, for a {@link CleanDocumentScreen}, on
 * the common ground only: keys without dots, mapped to enabled, non-nested objects and to fields
 * without copy_to, and values every field takes as they are. Anything else (dynamic fields, metadata
 * fields, aliases, a value a field would change or refuse, limits reached) gives up ({@link NotClean}),
 * leaving the document to the walk. One instance per document.
 */
final class MappingScreen {

    private final IndexMapping mapping;
    private final String timestampField;
    private final long depthLimit;
    private int objectDepth;
    private int arrayDepth;
    private int timestampValues;
    private int longestDeferred = Integer.MAX_VALUE;

    MappingScreen(IndexMapping mapping) {
        this.mapping = mapping;
        this.timestampField = mapping.dataStreamTimestampField();
        this.depthLimit = mapping.settings().depthLimit();
    }

    /** The root object mapping, when it is parsed at all. */
    ObjectMapping root() {
        ObjectMapping root = mapping.root();
        if (!root.enabled()) {
            throw NotClean.INSTANCE;
        }
        return root;
    }

    /** DocumentWalk.lookup for a key without dots; null when unmapped. */
    Mapper lookup(ObjectMapping parent, String name, boolean atRoot) {
        if (atRoot && mapping.isMetadataField(name)) {
            throw NotClean.INSTANCE;
        }
        return parent.child(name);
    }

    /** An object value of a field mapped as {@code found}: the object mapping its members are looked up in. */
    ObjectMapping enterObject(Mapper found) {
        if (!(found instanceof ObjectMapping object) || !object.enabled() || object.nested()
                || ++objectDepth > depthLimit) {
            throw NotClean.INSTANCE;
        }
        return object;
    }

    /** The document itself, the first object. */
    void enterDocument() {
        if (++objectDepth > depthLimit) {
            throw NotClean.INSTANCE;
        }
    }

    void exitObject() {
        objectDepth--;
    }

    /** An array value of a field mapped as {@code found}: its elements are values of that field. */
    void enterArray(Mapper found) {
        if (found == null || ++arrayDepth > depthLimit
                || found instanceof FieldMapping field && field.type().parsesArrays()) {
            throw NotClean.INSTANCE;
        }
    }

    void exitArray() {
        arrayDepth--;
    }

    /** DocumentWalk.parseNull: an object mapping takes null whether enabled or not. */
    void nullValue(ObjectMapping parent, Mapper found, JsonValue nullValue) {
        if (found == null) {
            if (parent.dynamic() == Dynamic.STRICT || parent.dynamic() == Dynamic.STRICT_ALLOW_TEMPLATES) {
                throw NotClean.INSTANCE;
            }
        } else if (found instanceof FieldMapping field) {
            field(field, nullValue);
        } else if (!(found instanceof ObjectMapping)) {
            throw NotClean.INSTANCE;
        }
    }

    /** DocumentWalk.parseValue for a scalar other than null. */
    void scalarValue(Mapper found, JsonValue value) {
        if (!(found instanceof FieldMapping field)) {
            throw NotClean.INSTANCE;
        }
        field(field, value);
    }

    /**
     * A string of {@code length} chars for a field mapped as {@code found}: true when the field and its
     * multi-fields take it by its length alone, false when they need its text ({@link #scalarValue}).
     */
    boolean stringOfLength(Mapper found, int length) {
        return found instanceof FieldMapping field && fieldTakesLength(field, length);
    }

    /**
     * The longest string {@code found} and its multi-fields take by its length alone (every shorter one
     * too), or -1 when strings need {@link #stringOfLength} or their text. The same for every document.
     */
    int longestStringTaken(Mapper found) {
        return found instanceof FieldMapping field ? longestStringTaken(field) : -1;
    }

    private int longestStringTaken(FieldMapping field) {
        if (field.path().equals(timestampField) || !field.copyTo().isEmpty()) {
            return -1;
        }
        int longest = field.type().longestStringTaken();
        List<FieldMapping> multiFields = field.multiFields();
        for (int i = 0; i < multiFields.size() && longest >= 0; i++) {
            longest = Math.min(longest, longestStringTaken(multiFields.get(i)));
        }
        return longest;
    }

    /**
     * A string taken unread by a field whose {@link #longestStringTaken} is {@code longest}: the document
     * must be no longer than that (a string has no more chars than its document has bytes or chars).
     */
    void deferLength(int longest) {
        longestDeferred = Math.min(longestDeferred, longest);
    }

    /** The length the document must not pass for the strings taken unread: Integer.MAX_VALUE when none. */
    int longestDeferred() {
        return longestDeferred;
    }

    private boolean fieldTakesLength(FieldMapping field, int length) {
        Outcome outcome = field.type().checkStringLength(length);
        if (outcome == null || field.path().equals(timestampField)) {
            return false;
        }
        if (outcome != Outcome.OK || !field.copyTo().isEmpty()) {
            throw NotClean.INSTANCE;
        }
        List<FieldMapping> multiFields = field.multiFields();
        for (int i = 0; i < multiFields.size(); i++) {
            if (!fieldTakesLength(multiFields.get(i), length)) {
                return false;
            }
        }
        return true;
    }

    /** After the last member: the data stream needs one timestamp (FieldChecks.finish). */
    void finish() {
        if (timestampField != null && timestampValues != 1) {
            throw NotClean.INSTANCE;
        }
    }

    // FieldChecks.parseField, for values the field takes as they are
    private void field(FieldMapping field, JsonValue value) {
        if (field.type().check(value) != Outcome.OK || !field.copyTo().isEmpty()) {
            throw NotClean.INSTANCE;
        }
        if (timestampField != null && !value.isNull() && field.path().equals(timestampField)) {
            timestampValues++;
        }
        List<FieldMapping> multiFields = field.multiFields();
        for (int i = 0; i < multiFields.size(); i++) {
            field(multiFields.get(i), value);
        }
    }
}
