package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Total and free inodes per file system. They come from statfs(2), which java.nio does not expose, so they
 * are read by running coreutils' {@code stat --file-system} once per scrape for every mount point (no shell,
 * no native code). A path stat cannot read is missing from the answer.
 */
final class InodeCounts {
    private static final long TIMEOUT_SECONDS = 10;

    /** Total and free inodes of one file system. */
    record Inodes(long total, long free) {}

    private InodeCounts() {}

    static Map<Path, Inodes> read(List<Path> paths) throws IOException {
        Map<Path, Inodes> counts = new HashMap<>();
        if (paths.isEmpty()) {
            return counts;
        }
        List<String> command = new ArrayList<>(List.of("stat", "--file-system", "--format=%c %d %n", "--"));
        paths.forEach(p -> command.add(p.toString()));
        Process stat = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output;
        try (InputStream in = stat.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!stat.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("stat --file-system did not finish in " + TIMEOUT_SECONDS + "s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stat --file-system", e);
        } finally {
            stat.destroy();
        }
        for (String line : output.split("\n")) {
            String[] f = line.split(" ", 3);
            if (f.length == 3) {
                counts.put(Path.of(f[2]), new Inodes(Long.parseLong(f[0]), Long.parseLong(f[1])));
            }
        }
        return counts;
    }
}
