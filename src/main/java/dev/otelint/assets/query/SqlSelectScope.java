package dev.otelint.assets.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names one SELECT block knows: its tables and their aliases, LATERAL VIEW aliases, select aliases and
 * subquery outputs. The select list comes before FROM in the text, so column references wait here until the
 * block is read, and are then resolved: a table qualifier is dropped ({@code t.status} is {@code status},
 * spanning {@code status}); a LATERAL VIEW alias stands for the exploded column ({@code rec.eventName} with
 * {@code explode(Records) AS rec} is {@code Records.eventName}, spanning {@code eventName}); a select alias
 * named in GROUP BY, HAVING or ORDER BY is not a column.
 */
final class SqlSelectScope {
    private record Pending(PplToken name, FieldRole role, String function, boolean aliasesVisible) {}

    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> qualifiers = new HashSet<>();
    private final Map<String, String> lateralColumns = new HashMap<>();
    private final Set<String> selectAliases = new HashSet<>();
    private final Set<String> subqueryOutputs = new HashSet<>();
    private boolean aliasesVisible;

    void reference(PplToken name, FieldRole role, String function) {
        pending.add(new Pending(name, role, function, aliasesVisible));
    }

    /** Select aliases may be named from GROUP BY on (OpenSearch SQL accepts them there, as in ORDER BY). */
    void showAliases() {
        aliasesVisible = true;
    }

    void qualifier(String tableOrAlias) {
        qualifiers.add(key(tableOrAlias));
    }

    void lateralAlias(String alias, String explodedColumn) {
        lateralColumns.put(key(alias), explodedColumn);
    }

    void selectAlias(String alias) {
        selectAliases.add(key(alias));
    }

    void subqueryOutput(String name) {
        subqueryOutputs.add(key(name));
    }

    /** Resolves every waiting reference, adding the columns to {@code out}. */
    void resolveInto(List<QueryField> out) {
        for (Pending p : pending) {
            QueryField field = resolve(p);
            if (field != null) {
                out.add(field);
            }
        }
    }

    private QueryField resolve(Pending p) {
        PplToken name = p.name();
        if (p.aliasesVisible() && selectAliases.contains(key(name.value()))
                || subqueryOutputs.contains(key(name.value()))) {
            return null;
        }
        int firstLength = firstPartLength(name.text());
        if (firstLength < name.text().length()) {
            String first = unquote(name.text().substring(0, firstLength));
            String rest = name.value().substring(first.length() + 1);
            int restStart = name.start() + firstLength + 1;
            int restLength = name.end() - restStart;
            if (qualifiers.contains(key(first))) {
                return new QueryField(rest, restStart, restLength, p.role(), p.function());
            }
            String exploded = lateralColumns.get(key(first));
            if (exploded != null) {
                return new QueryField(exploded + "." + rest, restStart, restLength, p.role(), p.function());
            }
        } else if (lateralColumns.containsKey(key(name.value()))) {
            return new QueryField(lateralColumns.get(key(name.value())), name.start(), name.end() - name.start(),
                    p.role(), p.function());
        }
        return new QueryField(name.value(), name.start(), name.end() - name.start(), p.role(), p.function());
    }

    /** Length of the first dotted part as written, backticks included. */
    private static int firstPartLength(String text) {
        if (text.startsWith("`")) {
            return text.indexOf('`', 1) + 1;
        }
        int dot = text.indexOf('.');
        return dot < 0 ? text.length() : dot;
    }

    private static String unquote(String part) {
        return part.startsWith("`") ? part.substring(1, part.length() - 1) : part;
    }

    /** SQL identifiers compare without case. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
