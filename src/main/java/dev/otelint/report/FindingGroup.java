package dev.otelint.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identical findings (same file, rule, severity, path, message, expected, actual and fix) on many
 * records, listed once with their first few locations.
 */
final class FindingGroup {

    static final int SHOWN_LOCATIONS = 5;

    private final List<Finding> shown = new ArrayList<>(SHOWN_LOCATIONS);
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
        size++;
    }

    Finding first() { return shown.get(0); }
    /** The first {@link #SHOWN_LOCATIONS} findings of the group. */
    List<Finding> shown() { return Collections.unmodifiableList(shown); }
    int size() { return size; }
    int notShown() { return size - shown.size(); }

    private record Key(String file, String rule, Severity severity, String path, String message,
                       String expected, String actual, String fix) {
        static Key of(Finding f) {
            return new Key(f.file(), f.rule(), f.severity(), f.path(), f.message(), f.expected(), f.actual(), f.fix());
        }
    }
}
