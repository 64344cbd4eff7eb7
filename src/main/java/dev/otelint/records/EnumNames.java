package dev.otelint.records;

import java.util.List;
import java.util.Locale;

/**
 * An OTLP enum as documents write it: pdata's String() names ("Server"), which the exporter writes,
 * the proto names ("SPAN_KIND_SERVER") and the numbers, which other producers write; "" is 0.
 */
final class EnumNames {
    private final String protoPrefix;
    private final List<String> names;

    /** @param names pdata's names, indexed by enum number */
    EnumNames(String protoPrefix, List<String> names) {
        this.protoPrefix = protoPrefix;
        this.names = names;
    }

    /** The enum number of the field; 0 when not set or "". */
    int number(DocumentFields fields, String name) throws UnencodableRecordException {
        JsonValue value = fields.value(name);
        if (value == null) {
            return 0;
        }
        if (value.kind() == JsonValue.Kind.INTEGER) {
            return (int) fields.integer(name, 0, names.size() - 1);
        }
        if (value.isString()) {
            String text = value.text().toUpperCase(Locale.ROOT);
            if (text.isEmpty()) {
                return 0; // the exporter writes "" for numbers pdata has no name for
            }
            for (int i = 0; i < names.size(); i++) {
                String upper = names.get(i).toUpperCase(Locale.ROOT);
                if (text.equals(upper) || text.equals(protoPrefix + upper)) {
                    return i;
                }
            }
        }
        throw fields.wrongType(name, "one of " + String.join(", ", names) + " (or " + protoPrefix
                + "* names, or 0 to " + (names.size() - 1) + ")", value);
    }
}
