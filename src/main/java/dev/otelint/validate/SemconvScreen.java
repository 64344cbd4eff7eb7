package dev.otelint.validate;

import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvType;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;

/**
 * The rules of {@link SemconvValidator} as one document streams by, for a {@link CleanDocumentScreen}:
 * each value is given the {@link Spot} the validator would look at it from, and wherever the validator
 * could report something this gives up ({@link NotClean}). Spans and metric data points, whose own
 * checks need the whole document, are left to the validator. One instance per document.
 */
final class SemconvScreen {

    /**
     * KEY: the value is checked as the attribute {@code key} below {@code root}; SIGNAL_FIELD: a top-level
     * member that tells spans and metric points; the others are containers.
     */
    enum Kind { KEY, SIGNAL_FIELD, ATTRIBUTES, RESOURCE, SCOPE, ELEMENTS, MEMBERS, RESOURCE_MEMBERS, SCOPE_MEMBERS }

    /**
     * Where a value (KEY, ATTRIBUTES, RESOURCE, SCOPE, ELEMENTS) or the members of an object (MEMBERS,
     * RESOURCE_MEMBERS, SCOPE_MEMBERS) sit for the rules; null where the rules do not look.
     */
    record Spot(Kind kind, SemconvKey key, SemconvAttributeRoot root) {}

    private static final Spot ATTRIBUTES = new Spot(Kind.ATTRIBUTES, null, SemconvAttributeRoot.ATTRIBUTES);
    private static final Spot SCOPE_ATTRIBUTES = new Spot(Kind.ATTRIBUTES, null, SemconvAttributeRoot.SCOPE_ATTRIBUTES);
    private static final Spot RESOURCE = new Spot(Kind.RESOURCE, null, SemconvAttributeRoot.RESOURCE);
    private static final Spot RESOURCE_MEMBERS = new Spot(Kind.RESOURCE_MEMBERS, null, SemconvAttributeRoot.RESOURCE);
    private static final Spot SCOPE = new Spot(Kind.SCOPE, null, SemconvAttributeRoot.SCOPE_ATTRIBUTES);
    private static final Spot SCOPE_MEMBERS = new Spot(Kind.SCOPE_MEMBERS, null, SemconvAttributeRoot.SCOPE_ATTRIBUTES);
    private static final Spot ELEMENTS = new Spot(Kind.ELEMENTS, null, null);
    private static final Spot SIGNAL_FIELD = new Spot(Kind.SIGNAL_FIELD, null, null);

    private final SemconvKeys keys;
    private boolean spanOrMetricField;

    SemconvScreen(SemconvKeys keys) {
        this.keys = keys;
    }

    /**
     * The spot of a top-level member (SemconvValidator.validate and checkTopLevel); names have no dot. The
     * same for every document, so that callers may keep it.
     */
    Spot top(String name) {
        switch (name) {
            case "kind", "status" -> {
                return SIGNAL_FIELD; // SemconvSignalFields: what tells spans and metric points
            }
            case "spanId", "name", "unit", "monotonic" -> {
                return null;
            }
            case "attributes" -> {
                return ATTRIBUTES;
            }
            case "resource" -> {
                return RESOURCE;
            }
            case "instrumentationScope" -> {
                return SCOPE;
            }
            case "events", "links" -> {
                return ELEMENTS;
            }
            default -> {
                SemconvKey namespace = keys.of(name);
                return !namespace.simpleSchemaNamespace && namespace.registryNamespace
                        ? namespace.spot(false, SemconvAttributeRoot.TOP) : null;
            }
        }
    }

    /** The spot of member {@code name} of an object whose members are at {@code object}. */
    Spot member(Spot object, String name) {
        switch (object.kind()) {
            case MEMBERS -> {
                return keys.child(object.key(), name).spot(false, object.root());
            }
            case RESOURCE_MEMBERS -> {
                if (name.equals("attributes")) {
                    throw NotClean.INSTANCE; // Data Prepper's nested resource.attributes: left to the validator
                }
                return keys.of(name).spot(false, object.root());
            }
            case SCOPE_MEMBERS -> {
                return name.equals("attributes") ? SCOPE_ATTRIBUTES : null;
            }
            default -> throw new IllegalArgumentException("not the members of an object: " + object);
        }
    }

    /** The spot of the members of an object value at {@code spot}, or null when the rules stop here. */
    Spot objectValue(Spot spot) {
        return switch (spot.kind()) {
            case SIGNAL_FIELD -> signalField();
            case KEY -> keyObject(spot.key(), spot.root());
            case ATTRIBUTES -> keys.root().spot(true, spot.root());
            case RESOURCE -> RESOURCE_MEMBERS;
            case SCOPE -> SCOPE_MEMBERS;
            default -> null;
        };
    }

    /** Whether the rules read an array at {@code spot}: then {@link #leafValue} gets it whole. */
    boolean readsArray(Spot spot) {
        if (spot.kind() == Kind.ELEMENTS) {
            throw NotClean.INSTANCE; // events[] and links[] attributes: left to the validator
        }
        if (spot.kind() == Kind.SIGNAL_FIELD) {
            signalField();
            return false;
        }
        return spot.kind() == Kind.KEY;
    }

    /** A scalar, null or (when {@link #readsArray}) array value at {@code spot}: SemconvAttributeChecker.checkKey. */
    void leafValue(Spot spot, JsonValue value) {
        if (spot.kind() == Kind.SIGNAL_FIELD) {
            signalField();
        }
        if (spot.kind() != Kind.KEY) {
            return; // containers given something else than an object are skipped
        }
        SemconvKey key = spot.key();
        SemconvAttributeRoot root = spot.root();
        if (root.documentTop() && key.simpleSchemaNamespace) {
            return;
        }
        SemconvAttribute attribute = key.attribute;
        if (attribute != null) {
            requireLive(attribute);
            if (!value.isNull() && !SemconvValueTypes.fits(attribute.type(), value, root.stringified())) {
                throw NotClean.INSTANCE;
            }
            if (attribute.type().isEnum() && value.isScalar() && !value.isNull()
                    && !SemconvEnumChecker.isLiveMember(attribute, value.text())) {
                throw NotClean.INSTANCE;
            }
        } else if (key.template != null || SemconvAttributeChecker.isUnknown(key, root)) {
            throw NotClean.INSTANCE;
        }
    }

    /** After the last member: spans and metric points get checks of their own. */
    void finish(Signal signal) {
        if (signal == Signal.TRACES || signal == Signal.METRICS || signal == null && spanOrMetricField) {
            throw NotClean.INSTANCE;
        }
    }

    /** Notes a field that tells spans and metric points; its value is not looked at: null. */
    private Spot signalField() {
        spanOrMetricField = true;
        return null;
    }

    // SemconvAttributeChecker.checkKey for an object value
    private Spot keyObject(SemconvKey key, SemconvAttributeRoot root) {
        if (root.documentTop() && key.simpleSchemaNamespace) {
            return null;
        }
        SemconvAttribute attribute = key.attribute;
        if (attribute != null && !SemconvAttributeChecker.isAlsoNamespace(key)) {
            requireLive(attribute);
            if (attribute.type().primitive() != SemconvType.Primitive.ANY) {
                throw NotClean.INSTANCE; // only an `any` attribute takes an object
            }
            return null;
        }
        if (key.template != null) {
            throw NotClean.INSTANCE;
        }
        return key.spot(true, root);
    }

    /** Deprecated attributes are reported; templates have checks of their own. */
    private static void requireLive(SemconvAttribute attribute) {
        if (attribute.isDeprecated() || attribute.isTemplate()) {
            throw NotClean.INSTANCE;
        }
    }
}
