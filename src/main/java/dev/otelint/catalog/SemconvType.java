package dev.otelint.catalog;

import java.util.List;
import java.util.Map;

/**
 * The type of an attribute as the semantic conventions model it: a primitive, an array of one,
 * a template (any key below the attribute id, each with a value of the inner type) or an enum
 * (members over a string or int primitive; "open" when values outside the members are allowed).
 */
public record SemconvType(Primitive primitive, boolean array, boolean template,
                          List<SemconvEnumMember> members, boolean openEnum) {

    public enum Primitive {
        STRING, INT, DOUBLE, BOOLEAN, ANY;

        private static final Map<String, Primitive> BY_MODEL_NAME = SemconvModelNames.index(Primitive.class);

        public String modelName() {
            return SemconvModelNames.of(this);
        }

        static Primitive parse(String text) {
            return BY_MODEL_NAME.get(text);
        }
    }

    public SemconvType {
        members = List.copyOf(members);
    }

    /** A non-enum type from its model spelling ("int", "string[]", "template[string[]]"), or null if unknown. */
    public static SemconvType parse(String text) {
        boolean template = text.startsWith("template[") && text.endsWith("]");
        String inner = template ? text.substring("template[".length(), text.length() - 1) : text;
        boolean array = inner.endsWith("[]");
        Primitive primitive = Primitive.parse(array ? inner.substring(0, inner.length() - 2) : inner);
        if (primitive == null || (primitive == Primitive.ANY && (array || template))) {
            return null;
        }
        return new SemconvType(primitive, array, template, List.of(), false);
    }

    public static SemconvType enumeration(Primitive primitive, List<SemconvEnumMember> members, boolean open) {
        return new SemconvType(primitive, false, false, members, open);
    }

    public boolean isEnum() {
        return !members.isEmpty();
    }

    /** The model spelling; an enum is spelled by its primitive ("string"), its members are kept apart. */
    public String modelName() {
        String value = valueTypeName();
        return template ? "template[" + value + "]" : value;
    }

    /** The type of one value: for a template, the type of each key's value. */
    public String valueTypeName() {
        return primitive.modelName() + (array ? "[]" : "");
    }
}
