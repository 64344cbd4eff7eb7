package dev.otelint.catalog;

import java.util.Locale;

/** The model spells enum-like words in lower case with underscores: "conditionally_required", "updowncounter". */
final class SemconvModelNames {

    private SemconvModelNames() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code text} in the model, or null. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }
}
