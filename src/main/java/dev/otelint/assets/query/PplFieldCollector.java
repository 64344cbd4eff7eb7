package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The index fields a PPL query refers to, told apart from the names the query defines as it runs
 * (eval targets, rename targets, aliases, parse/grok groups): a reference to a defined name is not
 * an index field.
 */
final class PplFieldCollector {
    private final List<QueryField> fields = new ArrayList<>();
    private final Set<String> derived = new HashSet<>();

    /** Records a field reference unless the name was defined earlier in the query. */
    void reference(PplToken name, FieldRole role, String function) {
        if (!derived.contains(name.value())) {
            fields.add(new QueryField(name.value(), name.start(), name.end() - name.start(), role, function));
        }
    }

    /** From here on, {@code name} is a name the query defines, not an index field. */
    void derive(String name) {
        derived.add(name);
    }

    List<QueryField> fields() {
        return fields;
    }
}
