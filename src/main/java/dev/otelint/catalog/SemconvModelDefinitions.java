package dev.otelint.catalog;

import dev.otelint.records.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the facts of attribute and metric definitions; prose (brief, note, examples) is left behind. */
final class SemconvModelDefinitions {

    private static final String TYPES = "string, int, double, boolean, any, string[], int[], double[], boolean[], "
            + "template[...] or an enum {members: [...]}";

    private SemconvModelDefinitions() {}

    static SemconvAttribute attribute(SemconvModelNode node, String id) {
        return new SemconvAttribute(id, type(node), node.optionalString("stability"), deprecation(node));
    }

    static SemconvMetric metric(SemconvModelNode node, String name, Map<String, SemconvRequirementLevel> refs) {
        String instrumentText = node.string("instrument");
        SemconvInstrument instrument = SemconvInstrument.parse(instrumentText);
        if (instrument == null) {
            throw node.child("instrument").error("expected instrument counter, updowncounter, gauge or histogram, got '"
                    + instrumentText + "'");
        }
        return new SemconvMetric(name, instrument, node.string("unit"), node.optionalString("stability"),
                deprecation(node), refs);
    }

    private static SemconvType type(SemconvModelNode node) {
        SemconvModelNode type = node.child("type");
        if (type == null) {
            throw node.error("expected a \"type\" field: " + TYPES);
        }
        if (type.value().isObject()) {
            return enumeration(type);
        }
        SemconvType parsed = SemconvType.parse(type.text());
        if (parsed == null) {
            throw type.error("unknown type '" + type.text() + "': expected " + TYPES);
        }
        return parsed;
    }

    private static SemconvType enumeration(SemconvModelNode type) {
        List<SemconvEnumMember> members = new ArrayList<>();
        SemconvType.Primitive primitive = null;
        for (SemconvModelNode member : type.list("members")) {
            SemconvModelNode value = member.child("value");
            if (value == null) {
                throw member.error("expected a \"value\" field in the enum member");
            }
            primitive = widen(primitive, value);
            members.add(new SemconvEnumMember(member.string("id"), value.text(), member.optionalString("stability"),
                    deprecation(member)));
        }
        if (members.isEmpty()) {
            throw type.error("expected an enum with a non-empty \"members\" list");
        }
        // Older models say whether values outside the members are allowed; absent means allowed.
        SemconvModelNode custom = type.child("allow_custom_values");
        boolean open = custom == null || !"false".equals(custom.text());
        return SemconvType.enumeration(primitive, members, open);
    }

    /** The primitive that holds every member value seen so far: string, int, or double for int and double. */
    private static SemconvType.Primitive widen(SemconvType.Primitive sofar, SemconvModelNode value) {
        SemconvType.Primitive next = switch (value.value().kind()) {
            case STRING -> SemconvType.Primitive.STRING;
            case INTEGER -> SemconvType.Primitive.INT;
            case DECIMAL -> SemconvType.Primitive.DOUBLE;
            default -> throw value.error("expected an enum member value that is a string or a number");
        };
        if (sofar == null || sofar == next) {
            return next;
        }
        if (sofar != SemconvType.Primitive.STRING && next != SemconvType.Primitive.STRING) {
            return SemconvType.Primitive.DOUBLE;
        }
        throw value.error("expected enum member values of one type; this one mixes strings and numbers");
    }

    /** Null when not deprecated. Reads the map form and the old plain-string form. */
    static SemconvDeprecation deprecation(SemconvModelNode node) {
        SemconvModelNode deprecated = node.child("deprecated");
        if (deprecated == null) {
            return null;
        }
        if (deprecated.value().kind() == JsonValue.Kind.STRING) {
            return SemconvDeprecation.withNote(SemconvDeprecation.Reason.UNCATEGORIZED, deprecated.text());
        }
        if (!deprecated.value().isObject()) {
            throw deprecated.error("expected \"deprecated\" to be a text or a mapping with a \"reason\"");
        }
        String reasonText = deprecated.string("reason");
        SemconvDeprecation.Reason reason = SemconvDeprecation.Reason.parse(reasonText);
        if (reason == null) {
            throw deprecated.child("reason").error("expected reason renamed, obsoleted or uncategorized, got '"
                    + reasonText + "'");
        }
        if (reason == SemconvDeprecation.Reason.RENAMED) {
            return SemconvDeprecation.renamed(deprecated.string("renamed_to"));
        }
        return SemconvDeprecation.withNote(reason, deprecated.optionalString("note"));
    }
}
