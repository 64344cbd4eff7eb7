package dev.otelint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why and in favour of what something is deprecated. {@code replacedBy} holds the renamed_to id for
 * "renamed", and for the other reasons the ids the deprecation note names as replacements (may be empty).
 */
public record SemconvDeprecation(Reason reason, List<String> replacedBy) {

    public enum Reason {
        RENAMED, OBSOLETED, UNCATEGORIZED;

        private static final Map<String, Reason> BY_MODEL_NAME = SemconvModelNames.index(Reason.class);

        public String modelName() {
            return SemconvModelNames.of(this);
        }

        /** The reason of a model spelling, or null if unknown. */
        public static Reason parse(String text) {
            return BY_MODEL_NAME.get(text);
        }
    }

    // Notes that name replacements start like this; other notes only mention ids in passing.
    private static final List<String> REPLACEMENT_LEADS = List.of("replaced by ", "use `", "split to ", "split into ");
    private static final Pattern QUOTED_ID = Pattern.compile("`([a-z][a-z0-9_\\-]*(?:\\.[a-z0-9_\\-]+)+)`");

    public SemconvDeprecation {
        replacedBy = List.copyOf(replacedBy);
    }

    public static SemconvDeprecation renamed(String renamedTo) {
        return new SemconvDeprecation(Reason.RENAMED, List.of(renamedTo));
    }

    /** A deprecation whose replacements, if any, are read from its note (or from the old plain-string form). */
    public static SemconvDeprecation withNote(Reason reason, String note) {
        return new SemconvDeprecation(reason, replacementsIn(note));
    }

    /** The dotted ids quoted in a note that starts by naming a replacement ("Replaced by `x`."), in order. */
    static List<String> replacementsIn(String note) {
        if (note == null) {
            return List.of();
        }
        String lead = note.strip().toLowerCase(Locale.ROOT);
        if (REPLACEMENT_LEADS.stream().noneMatch(lead::startsWith)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = QUOTED_ID.matcher(note);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** The new id of a renamed item, else null. */
    public String renamedTo() {
        return reason == Reason.RENAMED ? replacedBy.get(0) : null;
    }
}
