package dev.otelint.assets.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code field:} prefix in a query_string query and how its values use it. {@code _exists_:name}
 * is OpenSearch's exists test: its plain and quoted values are field names, not values.
 */
final class LuceneFieldUse {
    static final String EXISTS_FIELD = "_exists_";

    private final String name;
    private final LuceneToken token;
    private final Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
    private boolean usedAsField;

    LuceneFieldUse(String name, LuceneToken token) {
        this.name = name;
        this.token = token;
    }

    boolean isExistsTest() {
        return EXISTS_FIELD.equals(name);
    }

    void usedAs(FieldRole role) {
        roles.add(role);
        usedAsField = true;
    }

    /** Adds this field unless only its {@code _exists_} values named fields; mixed uses read as FILTER. */
    void recordInto(List<QueryField> fields) {
        if (usedAsField || !isExistsTest()) {
            FieldRole role = roles.size() == 1 ? roles.iterator().next() : FieldRole.FILTER;
            fields.add(new QueryField(name, token.offset(), token.image().length(), role));
        }
    }
}
