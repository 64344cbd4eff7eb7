package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * system.filesystem.usage (used, free, reserved) per mount of proc/mounts, measured with statvfs through
 * java.nio's FileStore. As gopsutil's partitions(all=false), only file system types proc/filesystems does
 * not mark "nodev" are read (no proc, sysfs, tmpfs, overlay...).
 */
final class FilesystemScraper implements Scraper {
    @Override
    public String scope() {
        return "filesystemscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        Set<String> physical = new HashSet<>();
        for (String line : proc.lines("filesystems")) {
            if (!line.startsWith("nodev")) {
                physical.add(line.trim());
            }
        }
        for (String line : proc.lines("mounts")) {
            String[] f = ProcFiles.fields(line);
            if (f.length < 4 || !physical.contains(f[2])) {
                continue;
            }
            String mountpoint = f[1].replace("\\040", " "); // proc/mounts escapes spaces
            Path path = proc.root().resolve(mountpoint.substring(1));
            if (!Files.isDirectory(path)) {
                continue;
            }
            FileStore store = Files.getFileStore(path);
            String mode = f[3].startsWith("ro") ? "ro" : "rw";
            long total = store.getTotalSpace();
            long unallocated = store.getUnallocatedSpace();
            long usable = store.getUsableSpace();
            String[] attrs = {"device", f[0], "mode", mode, "mountpoint", mountpoint, "type", f[2]};
            out.usage("system.filesystem.usage", "By", total - unallocated, with(attrs, "used"));
            out.usage("system.filesystem.usage", "By", usable, with(attrs, "free"));
            out.usage("system.filesystem.usage", "By", unallocated - usable, with(attrs, "reserved"));
        }
    }

    private static String[] with(String[] attrs, String state) {
        String[] all = java.util.Arrays.copyOf(attrs, attrs.length + 2);
        all[attrs.length] = "state";
        all[attrs.length + 1] = state;
        return all;
    }
}
