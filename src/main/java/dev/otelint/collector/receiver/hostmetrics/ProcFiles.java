package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the files under root_path's proc/ (the host's /proc when root_path is empty). */
final class ProcFiles {
    private final Path root;

    ProcFiles(String rootPath) {
        this.root = Path.of(rootPath.isEmpty() ? "/" : rootPath);
    }

    Path root() {
        return root;
    }

    List<String> lines(String procFile) throws IOException {
        return Files.readAllLines(root.resolve("proc").resolve(procFile));
    }

    /** Boot time in Unix nanoseconds, from "btime" in proc/stat: the start of every cumulative counter. */
    long bootTimeNanos() throws IOException {
        for (String line : lines("stat")) {
            if (line.startsWith("btime ")) {
                return Long.parseLong(line.substring(6).trim()) * 1_000_000_000L;
            }
        }
        throw new IOException(root.resolve("proc/stat") + ": no btime line");
    }

    static String[] fields(String line) {
        return line.trim().split("\\s+");
    }
}
