package dev.otelint.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same problem (same file, rule, severity, path and expected; see {@link Key}) on many records, listed once with
 * its first few locations. Actual values may differ from record to record (status codes "200",
 * "404"...): the group shows the first and counts the distinct others.
 */
final class FindingGroup {

    static final int SHOWN_LOCATIONS = 5;

    private final List<Finding> shown = new ArrayList<>(SHOWN_LOCATIONS);
    private final Set<String> actuals = new HashSet<>();
    private int size;

    private FindingGroup() {}

    /** Groups findings that are already in {@link FindingOrder}; a group sits where its first finding was. */
    static List<FindingGroup> of(List<Finding> sorted) {
        Map<Key, FindingGroup> groups = new LinkedHashMap<>();
        for (Finding f : sorted) {
            groups.computeIfAbsent(Key.of(f), k -> new FindingGroup()).add(f);
        }
        return new ArrayList<>(groups.values());
    }

    private void add(Finding finding) {
        if (shown.size() < SHOWN_LOCATIONS) {
            shown.add(finding);
        }
        if (finding.actual() != null) {
            actuals.add(finding.actual());
        }
        size++;
    }

    /** How many different actual values the group's findings have. */
    int distinctActuals() { return actuals.size(); }

    Finding first() { return shown.get(0); }
    /** The first {@link #SHOWN_LOCATIONS} findings of the group. */
    List<Finding> shown() { return Collections.unmodifiableList(shown); }
    int size() { return size; }
    int notShown() { return size - shown.size(); }

    /**
     * When a finding has an actual value, its message and fix usually quote that value, so they are
     * left out of the key; without one, the message is what tells problems apart.
     */
    private record Key(String file, String rule, Severity severity, String path, String expected,
                       String message, String fix) {
        static Key of(Finding f) {
            boolean valueBound = f.actual() != null;
            return new Key(f.file(), f.rule(), f.severity(), f.path(), f.expected(),
                    valueBound ? null : f.message(), valueBound ? null : f.fix());
        }
    }
}
