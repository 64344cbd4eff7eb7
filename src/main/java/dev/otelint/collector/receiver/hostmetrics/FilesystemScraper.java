package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filesystem scraper: per mount that the filters keep, system.filesystem.usage (used, free, reserved, as
 * gopsutil's disk.Usage: used = total - bfree, free = bavail, reserved the rest), system.filesystem.utilization
 * (used / (used + free)) and system.filesystem.inodes.usage (used, free). Mount points are read under
 * root_path and reported as the mount table writes them.
 */
final class FilesystemScraper extends Scraper {
    private static final String INODES = "system.filesystem.inodes.usage";

    private final FilesystemSettings settings;

    FilesystemScraper(MetricSelection metrics, FilesystemSettings settings) {
        super(metrics);
        this.settings = settings;
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        List<Mount> kept = new ArrayList<>();
        for (Mount mount : MountTable.read(proc, settings.includeVirtualFilesystems)) {
            if (settings.keeps(mount)) {
                kept.add(mount);
            }
        }
        List<Mount> measured = new ArrayList<>();
        for (Mount mount : kept) {
            out.part("failed to read usage at " + mount.mountpoint(), () -> {
                recordUsage(mount, Files.getFileStore(onHost(proc, mount)), out);
                measured.add(mount);
            });
        }
        if (out.enabled(INODES)) {
            out.part(INODES, () -> recordInodes(proc, measured, out));
        }
    }

    private static void recordUsage(Mount mount, FileStore store, MetricsOut out) throws IOException {
        long total = store.getTotalSpace();
        long unallocated = store.getUnallocatedSpace();
        long free = store.getUsableSpace();
        long used = total - unallocated;
        out.record("system.filesystem.usage", used, attributes(mount, "used"));
        out.record("system.filesystem.usage", free, attributes(mount, "free"));
        out.record("system.filesystem.usage", total - used - free, attributes(mount, "reserved"));
        double utilization = used + free == 0 ? 0 : (double) used / (used + free);
        out.record("system.filesystem.utilization", utilization, attributes(mount, null));
    }

    private static void recordInodes(ProcFiles proc, List<Mount> mounts, MetricsOut out) throws IOException {
        List<Path> paths = mounts.stream().map(m -> onHost(proc, m)).toList();
        Map<Path, InodeCounts.Inodes> counts = InodeCounts.read(paths);
        for (int i = 0; i < mounts.size(); i++) {
            InodeCounts.Inodes inodes = counts.get(paths.get(i));
            if (inodes != null) {
                out.record(INODES, inodes.total() - inodes.free(), attributes(mounts.get(i), "used"));
                out.record(INODES, inodes.free(), attributes(mounts.get(i), "free"));
            }
        }
    }

    /** The mount point under root_path. */
    private static Path onHost(ProcFiles proc, Mount mount) {
        return proc.root().resolve(mount.mountpoint().replaceFirst("^/+", ""));
    }

    private static String[] attributes(Mount mount, String state) {
        List<String> a = new ArrayList<>(List.of("device", mount.device(), "mode", mount.mode(), "mountpoint",
                mount.mountpoint(), "type", mount.type()));
        if (state != null) {
            a.add("state");
            a.add(state);
        }
        return a.toArray(String[]::new);
    }
}
