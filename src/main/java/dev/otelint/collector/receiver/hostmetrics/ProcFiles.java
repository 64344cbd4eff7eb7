package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the files under root_path's proc/ and sys/ (the host's /proc and /sys when root_path is empty), as
 * gopsutil does with HOST_PROC and HOST_SYS set from root_path.
 */
final class ProcFiles {
    private final Path root;

    ProcFiles(String rootPath) {
        this.root = Path.of(rootPath.isEmpty() ? "/" : rootPath);
    }

    Path root() {
        return root;
    }

    Path proc(String file) {
        return root.resolve("proc").resolve(file);
    }

    Path sys(String file) {
        return root.resolve("sys").resolve(file);
    }

    List<String> lines(String procFile) throws IOException {
        return Files.readAllLines(proc(procFile));
    }

    /** Boot time in Unix nanoseconds, from "btime" in proc/stat: the start of every cumulative sum. */
    long bootTimeNanos() throws IOException {
        return statValue("btime") * 1_000_000_000L;
    }

    /** The number after {@code key} on its line of proc/stat ("btime", "processes", "procs_running"...). */
    long statValue(String key) throws IOException {
        for (String line : lines("stat")) {
            if (line.startsWith(key + " ")) {
                return Long.parseLong(line.substring(key.length() + 1).trim());
            }
        }
        throw new IOException(proc("stat") + ": no " + key + " line");
    }

    static String[] fields(String line) {
        return line.trim().split("\\s+");
    }
}
