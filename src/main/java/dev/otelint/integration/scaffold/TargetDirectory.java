package dev.otelint.integration.scaffold;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The folder a new integration is written to. Every file must land inside it: a path that normalizes
 * outside is refused, and so is any symbolic link on the way (the folder itself, a sub-folder or the
 * file), so that nothing is ever written through a link to elsewhere. An existing folder is only
 * written to with force; then the generated files replace files of the same name and other files are
 * left alone.
 */
final class TargetDirectory {

    private final Path root;

    private TargetDirectory(Path root) {
        this.root = root;
    }

    static TargetDirectory prepare(Path dir, boolean force) {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(root)) {
            throw new BadInputException(dir + ": is a symbolic link; otelint new does not write through links");
        }
        if (Files.exists(root)) {
            if (!Files.isDirectory(root)) {
                throw new BadInputException(dir + ": exists and is not a directory");
            }
            if (!force) {
                throw new BadInputException(dir + ": already exists; use --force to overwrite the files otelint "
                        + "new writes (other files are kept)");
            }
        }
        return new TargetDirectory(root);
    }

    Path root() {
        return root;
    }

    /** The file a template target names, refused when it is not strictly inside the folder. */
    Path resolve(String target, String where) {
        if (target.isBlank() || target.startsWith("/") || target.startsWith("\\") || target.contains(":")) {
            throw new BadInputException(where + ": target '" + target + "' is not a relative path");
        }
        Path file = root.resolve(target).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new BadInputException(where + ": target '" + target + "' escapes the integration directory");
        }
        return file;
    }

    /** Writes every file; all paths have been resolved (and so checked) before the first byte is written. */
    void writeAll(Map<Path, String> files) {
        try {
            Files.createDirectories(root);
            for (Map.Entry<Path, String> file : files.entrySet()) {
                write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new BadInputException(root + ": cannot write: " + e, e);
        }
    }

    private void write(Path file, String content) throws IOException {
        createParents(file);
        if (Files.isSymbolicLink(file)) {
            throw linkRefused(file);
        }
        // NOFOLLOW_LINKS also closes the gap between the check above and the open
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void createParents(Path file) throws IOException {
        Path dir = root;
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            if (part.toString().isEmpty()) {
                continue;
            }
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                throw linkRefused(dir);
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            }
        }
    }

    private BadInputException linkRefused(Path path) {
        return new BadInputException(path + ": is a symbolic link; otelint new does not write through links");
    }
}
