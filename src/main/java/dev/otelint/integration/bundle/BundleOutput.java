package dev.otelint.integration.bundle;

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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Where a bundle goes: first to a temporary file beside the target, moved over the target only once complete
 * and accepted, so that a failed or refused run leaves the previous bundle as it was; or to standard output.
 */
final class BundleOutput {

    private BundleOutput() {}

    /** Refuses a target inside an integration being bundled: it would be written among the files it is made of. */
    static void refuseInside(Path output, List<Path> integrations) {
        Path target = output.toAbsolutePath().normalize();
        for (Path integration : integrations) {
            if (target.startsWith(integration.toAbsolutePath().normalize())) {
                throw new BadInputException("--output " + output + ": inside the integration " + integration
                        + ", which is being bundled; write the bundle outside it");
            }
        }
    }

    /** A new empty file to write the bundle to: beside {@code output} (so the final move is a rename), or in the temp folder. */
    static Path temporary(Path output) {
        try {
            if (output == null) {
                return Files.createTempFile("otelint-bundle", ".ndjson");
            }
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempFile(parent, "." + output.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new BadInputException("--output " + output + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Moves the finished bundle over {@code output}, or copies it to {@code stdout} when there is no output file. */
    static void publish(Path finished, Path output, Writer stdout) {
        try {
            if (output == null) {
                try (Reader in = Files.newBufferedReader(finished, StandardCharsets.UTF_8)) {
                    in.transferTo(stdout);
                }
                stdout.flush();
                return;
            }
            keepPermissions(finished, output);
            try {
                Files.move(finished, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(finished, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BadInputException("--output " + output + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** A temporary file is private (rw-------); the bundle gets the replaced file's permissions, else rw-r--r--. */
    private static void keepPermissions(Path finished, Path output) throws IOException {
        if (!Files.getFileStore(finished).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(finished, Files.exists(output) ? Files.getPosixFilePermissions(output)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
