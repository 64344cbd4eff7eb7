package dev.otelint.migrate;

import java.nio.file.Path;

/**
 * How a file is named in the diff's --- a/NAME and +++ b/NAME lines: relative to the working directory
 * when it is inside it, so that `patch -p1` and `git apply` run from there find it.
 */
final class DiffNames {

    private DiffNames() {}

    static String of(Path file) {
        Path normalized = file.normalize();
        if (normalized.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (normalized.startsWith(cwd)) {
                normalized = cwd.relativize(normalized);
            }
        }
        return normalized.toString().replace('\\', '/');
    }
}
