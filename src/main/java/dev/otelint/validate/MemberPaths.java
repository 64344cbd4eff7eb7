package dev.otelint.validate;

import dev.otelint.validate.SemconvScreen.Spot;
import dev.otelint.validate.mapping.Mapper;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the screens make of each member path of the documents: the mapping and the rules' spot of a
 * member are worked out where the path first occurs, and found again by the member name's identity
 * (the parser interns names), so records of one shape walk these paths instead of asking the mapping
 * and the registry member by member. Bounded: past {@link #MAX_PATHS}, new paths are worked out each
 * time. Thread-safe: a path's fields are final and children are published as a new array, so a race
 * between screening threads only loses a child.
 */
final class MemberPaths {

    static final int MAX_PATHS = 20_000;
    private static final int MAX_MEMBERS = 64;
    /** The root's key when mappings are not checked. */
    private static final Object NO_MAPPING = new Object();

    private final ConcurrentHashMap<Object, Path> roots = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** The document's root, one per mapping the documents are screened against (null: none). */
    Path root(Object mapping) {
        return roots.computeIfAbsent(mapping == null ? NO_MAPPING : mapping, m -> new Path(this, "", null, null, -1, false));
    }

    private boolean roomForOne() {
        return count.get() < MAX_PATHS && count.incrementAndGet() <= MAX_PATHS;
    }

    /** One member path: what the screens said of the member there when they first met it. */
    static final class Path {
        private static final Path[] NONE = {};

        private final MemberPaths paths;
        final String name;
        /** Its mapping (MappingScreen.lookup): null when unmapped or mappings are not checked. */
        final Mapper mapped;
        /** Where the semantic-convention rules see it: null where they do not look. */
        final Spot spot;
        /** How many steps of DocumentClues.DATA_STREAM_TYPE_PATH lead here, or -1. */
        final int dataStream;
        /** Below an array's elements: the rules do not look, whatever the names. */
        final boolean inArray;
        private volatile Path[] members = NONE;
        private volatile Path elements;

        private Path(MemberPaths paths, String name, Mapper mapped, Spot spot, int dataStream, boolean inArray) {
            this.paths = paths;
            this.name = name;
            this.mapped = mapped;
            this.spot = spot;
            this.dataStream = dataStream;
            this.inArray = inArray;
        }

        /** The known member {@code name}, looked for first at {@code position}, where records mostly have it; or null. */
        Path member(String name, int position) {
            Path[] known = members;
            if (position < known.length && known[position].name == name) {
                return known[position];
            }
            for (Path path : known) {
                if (path.name == name) {
                    return path;
                }
            }
            for (Path path : known) {
                if (path.name.equals(name)) {
                    return path; // a name the parser did not intern
                }
            }
            return null;
        }

        /** A member found as {@code mapped} and {@code spot}: kept when there is room. */
        Path add(String name, Mapper mapped, Spot spot, int dataStream) {
            Path path = new Path(paths, name, mapped, inArray ? null : spot, inArray ? -1 : dataStream, inArray);
            Path[] known = members;
            if (known.length < MAX_MEMBERS && paths.roomForOne()) {
                Path[] grown = Arrays.copyOf(known, known.length + 1);
                grown[known.length] = path;
                members = grown;
            }
            return path;
        }

        /** This path for objects that are elements of an array here: nothing below has a spot. */
        Path elements() {
            if (inArray) {
                return this;
            }
            Path path = elements;
            if (path == null) {
                path = new Path(paths, name, mapped, null, -1, true);
                if (paths.roomForOne()) {
                    elements = path;
                }
            }
            return path;
        }
    }
}
