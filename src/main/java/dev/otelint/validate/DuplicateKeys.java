package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OpenSearch parses documents with Jackson's strict duplicate detection, so an object with the
 * same key twice is rejected wherever it is, even inside values that are never mapped.
 */
final class DuplicateKeys {

    /** Up to this many keys a pairwise comparison of (cached) hash codes beats building a set. */
    static final int SMALL = 48;

    private DuplicateKeys() {}

    /**
     * Reports duplicate keys among {@code object}'s own members; {@code scratch} is a reusable
     * buffer of at least {@link #SMALL} ints.
     */
    static void checkMembers(JsonValue object, Reporter reporter, PathStack path, int[] scratch) {
        List<JsonValue.Member> members = object.members();
        int n = members.size();
        if (n < 2) {
            return;
        }
        if (n <= SMALL) {
            int[] hashes = scratch;
            // a 128-bit filter of the hashes seen: only a name whose bit is already set is compared
            long low = 0;
            long high = 0;
            for (int i = 0; i < n; i++) {
                String name = members.get(i).name();
                int hash = name.hashCode();
                int bit = (hash ^ (hash >>> 7) ^ (hash >>> 16)) & 127;
                long mask = 1L << bit; // shifts use the low 6 bits
                boolean maybeSeen = bit < 64 ? (low & mask) != 0 : (high & mask) != 0;
                if (maybeSeen) {
                    for (int j = 0; j < i; j++) {
                        if (hashes[j] == hash && members.get(j).name().equals(name)) {
                            report(members.get(i), reporter, path.pathOf(name));
                            break;
                        }
                    }
                } else if (bit < 64) {
                    low |= mask;
                } else {
                    high |= mask;
                }
                hashes[i] = hash;
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonValue.Member member : members) {
            if (!seen.add(member.name())) {
                report(member, reporter, path.pathOf(member.name()));
            }
        }
    }

    /** Reports duplicate keys anywhere inside {@code value} (a subtree OpenSearch skips without mapping). */
    static void check(JsonValue value, Reporter reporter, String path) {
        if (value.isArray()) {
            for (JsonValue element : value.elements()) {
                check(element, reporter, path);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        List<JsonValue.Member> members = value.members();
        Set<String> seen = members.size() < 2 ? null : new HashSet<>();
        for (JsonValue.Member member : members) {
            if (seen != null && !seen.add(member.name())) {
                report(member, reporter, join(path, member.name()));
            }
            if (!member.value().isScalar()) {
                check(member.value(), reporter, join(path, member.name()));
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void report(JsonValue.Member member, Reporter reporter, String path) {
        reporter.reportKey(MappingRules.DUPLICATE_KEY, member, path, "duplicate key [" + member.name()
                + "] in one object; OpenSearch's JSON parser rejects the document", "unique keys");
    }
}
