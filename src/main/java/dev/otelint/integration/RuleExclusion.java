package dev.otelint.integration;

import dev.otelint.report.Finding;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * One {@code exclude} entry of .otelint.yaml: findings of {@code rule} (any rule when null) in files matching one
 * of {@code paths} (any file when empty). Globs are relative to the folder of the .otelint.yaml, with / separators.
 */
public final class RuleExclusion {
    private final String rule;
    private final List<String> paths;
    private final String reason;
    private final Path base;
    private final List<PathMatcher> matchers;

    /** @throws IllegalArgumentException when a path is not a glob (java.nio's glob syntax) */
    public RuleExclusion(String rule, List<String> paths, String reason, Path base) {
        this.rule = rule;
        this.paths = List.copyOf(paths);
        this.reason = reason;
        this.base = base;
        this.matchers = this.paths.stream().map(RuleExclusion::glob).toList();
    }

    /** The matcher of {@code glob}; compiled once, so that a bad glob fails when the config is read. */
    static PathMatcher glob(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    public String rule() { return rule; }
    public List<String> paths() { return paths; }
    public String reason() { return reason; }

    public boolean matches(Finding finding) {
        if (rule != null && !rule.equals(finding.rule())) {
            return false;
        }
        if (matchers.isEmpty()) {
            return true;
        }
        if (finding.file() == null) {
            return false;
        }
        Path file = Path.of(finding.file()).toAbsolutePath().normalize();
        if (!file.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(file);
        return matchers.stream().anyMatch(matcher -> matcher.matches(relative));
    }
}
