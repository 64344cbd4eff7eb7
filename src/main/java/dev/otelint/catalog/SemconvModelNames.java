package dev.otelint.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The model spells enum-like words in lower case with underscores: "conditionally_required", "updowncounter". */
final class SemconvModelNames {

    private SemconvModelNames() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constants of an enum by model spelling, built once per enum (parsing runs for every registry entry). */
    static <E extends Enum<E>> Map<String, E> index(Class<E> type) {
        Map<String, E> index = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            index.put(of(constant), constant);
        }
        return index;
    }
}
