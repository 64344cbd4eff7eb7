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
public record RuleExclusion(String rule, List<String> paths, String reason, Path base) {

    public boolean matches(Finding finding) {
        if (rule != null && !rule.equals(finding.rule())) {
            return false;
        }
        if (paths.isEmpty()) {
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
        for (String glob : paths) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
