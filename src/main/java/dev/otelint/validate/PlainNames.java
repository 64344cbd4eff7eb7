package dev.otelint.validate;

/**
 * Remembers recently seen keys that are neither empty nor dotted, which the screens handle as they
 * are (dotted keys are split by the full walk). Keys repeat record after record as the same interned
 * String, so one look at a small table replaces searching each key for a dot. Thread-safe: a race
 * only loses an entry.
 */
final class PlainNames {
    private static final int SLOTS = 512;

    private final String[] seen = new String[SLOTS];

    boolean isPlain(String name) {
        int slot = name.hashCode() & (SLOTS - 1);
        if (seen[slot] == name) {
            return true;
        }
        boolean plain = !name.isEmpty() && name.indexOf('.') < 0;
        if (plain) {
            seen[slot] = name;
        }
        return plain;
    }
}
