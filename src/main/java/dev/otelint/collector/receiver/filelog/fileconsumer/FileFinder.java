package dev.otelint.collector.receiver.filelog.fileconsumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files the include globs match, minus those an exclude glob matches, sorted (stanza's matcher with
 * doublestar globs: {@code *} within a directory, {@code **} across directories). Relative globs are
 * relative to the working directory, as for the collector.
 */
public final class FileFinder {
    private final List<Glob> include = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();

    private record Glob(Path base, PathMatcher matcher, int depth) {}

    public FileFinder(List<String> includes, List<String> excludes) {
        for (String pattern : includes) {
            include.add(glob(pattern));
        }
        for (String pattern : excludes) {
            exclude.add(matcher(absolute(pattern)));
        }
    }

    /** Throws IllegalArgumentException for a glob that does not compile. */
    private static Glob glob(String pattern) {
        String abs = absolute(pattern);
        String[] segments = abs.split("/", -1);
        StringBuilder base = new StringBuilder();
        int literal = 0;
        while (literal < segments.length - 1 && !hasMeta(segments[literal])) {
            base.append(segments[literal]).append('/');
            literal++;
        }
        int depth = abs.contains("**") ? Integer.MAX_VALUE : segments.length - literal;
        return new Glob(Path.of(base.length() == 0 ? "/" : base.toString()), matcher(abs), depth);
    }

    private static PathMatcher matcher(String absoluteGlob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + absoluteGlob);
    }

    private static String absolute(String pattern) {
        return pattern.startsWith("/") ? pattern : Path.of("").toAbsolutePath() + "/" + pattern;
    }

    private static boolean hasMeta(String segment) {
        return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The matching regular files now. */
    public List<Path> find() {
        TreeSet<Path> found = new TreeSet<>();
        for (Glob g : include) {
            if (!Files.isDirectory(g.base())) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(g.base(), g.depth())) {
                walk.filter(p -> g.matcher().matches(p) && Files.isRegularFile(p) && !excluded(p))
                        .forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                // a directory vanished while walking (rotation); the next poll sees the new state
            }
        }
        return new ArrayList<>(found);
    }

    private boolean excluded(Path p) {
        return exclude.stream().anyMatch(m -> m.matches(p));
    }
}
