package dev.otelint.validate;

import dev.otelint.validate.SemconvScreen.Spot;
import dev.otelint.validate.mapping.Mapper;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the screens make of each member path of the documents: the mapping and the rules' spot of a
 * member are worked out where the path first occurs, and found again by the member name's identity
 * (the parser interns names), so records of one shape walk these paths instead of asking the mapping
 * and the registry member by member. Bounded: past {@link #MAX_PATHS}, new paths are worked out each
 * time and not kept. Thread-safe: a path's fields are final and its children array only ever grows by
 * a compare-and-set, so each member name has at most one kept path, at a fixed index.
 */
final class MemberPaths {

    static final int MAX_PATHS = 20_000;
    /** Fewer than 64: a walk keeps the indices met in one object as the bits of a long, and one bit to spare. */
    static final int MAX_MEMBERS = 63;
    /** The root's key when mappings are not checked. */
    private static final Object NO_MAPPING = new Object();

    private final ConcurrentHashMap<Object, Path> roots = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** The document's root, one per mapping the documents are screened against (null: none). */
    Path root(Object mapping) {
        return roots.computeIfAbsent(mapping == null ? NO_MAPPING : mapping,
                m -> new Path(this, "", null, -1, null, -1, false, -1, true));
    }

    private boolean roomForOne() {
        return count.get() < MAX_PATHS;
    }

    /** One member path: what the screens said of the member there when they first met it. */
    static final class Path {
        private static final Path[] NONE = {};
        private static final VarHandle MEMBERS;

        static {
            try {
                MEMBERS = MethodHandles.lookup().findVarHandle(Path.class, "members", Path[].class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

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
        /** MappingScreen.longestStringTaken of its mapping: -1 when not mapped or mappings are not checked. */
        final int stringsUpTo;
        /**
         * Where its parent keeps it, the same for every member of this name: equal names of one object
         * meet at one index. -1 for a path not kept, which the walk compares by name instead.
         */
        final int index;
        /** Whether it is kept (a root, a member at its index, its parent's elements): only such keep paths below. */
        private final boolean kept;
        private volatile Path[] members = NONE;
        private volatile Path elements;

        private Path(MemberPaths paths, String name, Mapper mapped, int stringsUpTo, Spot spot, int dataStream,
                     boolean inArray, int index, boolean kept) {
            this.paths = paths;
            this.name = name;
            this.mapped = mapped;
            this.stringsUpTo = stringsUpTo;
            this.spot = spot;
            this.dataStream = dataStream;
            this.inArray = inArray;
            this.index = index;
            this.kept = kept;
        }

        /** The known member {@code name}, looked for first at {@code position}, where records mostly have it. */
        Path member(String name, int position) {
            Path[] known = members;
            if (position < known.length && known[position].name == name) {
                return known[position];
            }
            return find(known, name);
        }

        private static Path find(Path[] known, String name) {
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

        /**
         * A member found as {@code mapped} (taking strings up to {@code stringsUpTo} chars unread) and at
         * {@code spot} (null below an array's elements, as is {@code dataStream} -1): kept when this path is
         * and there is room, unless another thread has just kept one of that name (then that one).
         */
        Path add(String name, Mapper mapped, int stringsUpTo, Spot spot, int dataStream) {
            while (true) {
                Path[] known = members;
                Path other = find(known, name);
                if (other != null) {
                    return other;
                }
                if (!kept || known.length >= MAX_MEMBERS || !paths.roomForOne()) {
                    return new Path(paths, name, mapped, stringsUpTo, spot, dataStream, inArray, -1, false);
                }
                Path path = new Path(paths, name, mapped, stringsUpTo, spot, dataStream, inArray, known.length, true);
                Path[] grown = Arrays.copyOf(known, known.length + 1);
                grown[known.length] = path;
                if (MEMBERS.compareAndSet(this, known, grown)) {
                    paths.count.incrementAndGet();
                    return path;
                }
            }
        }

        /** This path for objects that are elements of an array here: nothing below has a spot. */
        Path elements() {
            if (inArray) {
                return this;
            }
            Path path = elements;
            if (path == null) {
                boolean keep = kept && paths.roomForOne();
                path = new Path(paths, name, mapped, stringsUpTo, null, -1, true, -1, keep);
                if (keep) {
                    paths.count.incrementAndGet();
                    elements = path;
                }
            }
            return path;
        }
    }
}
