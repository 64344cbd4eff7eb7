package dev.otelint.migrate;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

/**
 * The migrated copy of one file, in a temporary file: beside the original when it is to replace it
 * (so the final move is atomic, on the same file system), else in the system's temporary directory.
 */
final class MigratedCopy {
    private final Path original;
    private final Path copy;

    private MigratedCopy(Path original, Path copy) {
        this.original = original;
        this.copy = copy;
    }

    static MigratedCopy create(Path original, boolean beside) {
        try {
            Path dir = original.toAbsolutePath().normalize().getParent();
            Path copy = beside ? Files.createTempFile(dir, "." + original.getFileName(), ".otelint-migrate")
                    : Files.createTempFile("otelint-migrate", ".tmp");
            return new MigratedCopy(original, copy);
        } catch (IOException e) {
            throw BadInputException.at(original.toString(), 0, 0, "cannot create a temporary file "
                    + (beside ? "beside it" : "for it") + ": " + e.getMessage());
        }
    }

    Path path() {
        return copy;
    }

    /** Copies the records file with the renames the migrator finds; returns how many it made. */
    int records(RecordMigrator migrator) throws IOException {
        try (Reader parsed = Files.newBufferedReader(original, StandardCharsets.UTF_8);
             Reader copied = Files.newBufferedReader(original, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            return migrator.migrate(original.toString(), parsed, copied, out);
        }
    }

    /** Copies the file with {@code edits} (ascending offsets) made; returns how many were made. */
    int edited(List<TextEdit> edits) throws IOException {
        int made = 0;
        try (Reader copied = Files.newBufferedReader(original, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            EditedCopy editor = new EditedCopy(copied, out);
            for (TextEdit edit : edits) {
                if (editor.apply(edit)) {
                    made++;
                }
            }
            editor.finish();
        }
        return made;
    }

    /** Moves the copy over the original, keeping the original's permissions. */
    void replaceOriginal() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(original));
        }
        try {
            Files.move(copy, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(copy, original, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // a leftover temporary file does not change the result
        }
    }
}
