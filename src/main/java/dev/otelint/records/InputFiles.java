package dev.otelint.records;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files a command reads from its PATH arguments: shared by validate and check-assets. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Files as given, and the files under directories that {@code wanted} accepts (in sorted order, so
     * runs are repeatable); the other files found there go to {@code skipped}, so that nothing is left
     * out unsaid, except hidden files and folders (".git", ".DS_Store"). A path that does not exist is
     * bad input.
     */
    public static List<Path> expand(List<Path> inputs, Predicate<Path> wanted, Consumer<Path> skipped) {
        List<Path> files = new ArrayList<>();
        Set<Path> given = inputs.stream().filter(Files::isRegularFile).map(InputFiles::canonical)
                .collect(Collectors.toSet());
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : filesUnder(input)) {
                    if (wanted.test(file)) {
                        files.add(file);
                    } else if (!given.contains(canonical(file))) {
                        skipped.accept(file);
                    }
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new BadInputException(input + ": cannot read: no such file or directory");
            }
        }
        return files;
    }

    private static Path canonical(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** "FILE: cannot read: permission denied" (or the I/O error's own words). */
    public static BadInputException cannotRead(String file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new BadInputException(file + ": cannot read: " + why, e);
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(file -> !hidden(dir.relativize(file))).sorted().toList();
        } catch (IOException e) {
            throw cannotRead(dir.toString(), e);
        } catch (UncheckedIOException e) {
            throw cannotRead(dir.toString(), e.getCause());
        }
    }
}
