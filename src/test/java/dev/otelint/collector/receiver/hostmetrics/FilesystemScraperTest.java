package dev.otelint.collector.receiver.hostmetrics;

import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.byName;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.config;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.copyFakeRoot;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.points;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.value;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem scraper over the fake root's mount table; usage is measured on the copy's file system. */
class FilesystemScraperTest {
    private static final String ROOT_FS = "device=/dev/sda1,mode=ro,mountpoint=/,type=ext4";
    private static final String DATA_FS = "device=/dev/sdb1,mode=rw,mountpoint=/data,type=xfs";
    private static final String DISK_FS = "device=/dev/sdc1,mode=rw,mountpoint=/mnt/my disk,type=ext4";

    private final HostMetricsFixture fixture = new HostMetricsFixture();

    private Map<String, Metric> scrape(Path root, String scrapers) {
        return byName(fixture.receiver(config(root.toString(), scrapers)).scrape());
    }

    private static List<String> filesystems(Metric usage) {
        return values(usage).stream().map(v -> v.substring(0, v.indexOf(",state="))).distinct().toList();
    }

    @Test
    void physicalMountsOfProc1MountinfoAreMeasuredUnderRootPath(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        Map<String, Metric> m = scrape(root, "{filesystem: {metrics: {system.filesystem.utilization: {enabled: true}}}}");
        Metric usage = m.get("system.filesystem.usage");
        // proc and tmpfs are nodev types; "\040" in the mount point is a space; a subtree mount is "bind"
        assertThat(filesystems(usage)).containsExactly(ROOT_FS, DATA_FS, DISK_FS);
        assertThat(usage.getSum().getIsMonotonic()).isFalse();

        long total = Files.getFileStore(root).getTotalSpace();
        for (String fs : List.of(ROOT_FS, DATA_FS, DISK_FS)) {
            long sum = points(usage).stream().filter(p -> values(usage).get(points(usage).indexOf(p)).startsWith(fs))
                    .mapToLong(NumberDataPoint::getAsInt).sum();
            assertThat(sum).as(fs).isEqualTo(total);
        }
        double used = value(usage, ROOT_FS + ",state=used");
        double free = value(usage, ROOT_FS + ",state=free");
        assertThat(value(m.get("system.filesystem.utilization"), ROOT_FS)).isEqualTo(used / (used + free));
    }

    @Test
    void inodeCountsAreStatfsCountsOfEachMountPoint(@TempDir Path dir) throws Exception {
        Path root = copyFakeRoot(dir);
        Metric inodes = scrape(root, "{filesystem: null}").get("system.filesystem.inodes.usage");
        assertThat(inodes.getUnit()).isEqualTo("{inodes}");
        assertThat(filesystems(inodes)).containsExactly(ROOT_FS, DATA_FS, DISK_FS);

        Process df = new ProcessBuilder("df", "--output=itotal", root.toString()).start();
        List<String> lines = new String(df.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        df.waitFor();
        long total = Long.parseLong(lines.get(1).trim());
        assertThat(value(inodes, ROOT_FS + ",state=used") + value(inodes, ROOT_FS + ",state=free")).isEqualTo(total);
        assertThat(value(inodes, ROOT_FS + ",state=used")).isPositive(); // the copy itself uses inodes
    }

    @Test
    void filtersKeepTheNamedDevicesTypesAndMountPoints(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        String usage = "system.filesystem.usage";
        assertThat(filesystems(scrape(root, "{filesystem: {exclude_mount_points: {mount_points: [/],"
                + " match_type: strict}}}").get(usage))).containsExactly(DATA_FS, DISK_FS);
        assertThat(filesystems(scrape(root, "{filesystem: {include_fs_types: {fs_types: [xfs],"
                + " match_type: strict}}}").get(usage))).containsExactly(DATA_FS);
        assertThat(filesystems(scrape(root, "{filesystem: {include_devices: {devices: ['sd[bc]'],"
                + " match_type: regexp}, exclude_fs_types: {fs_types: [xfs], match_type: strict}}}").get(usage)))
                .containsExactly(DISK_FS);
    }

    @Test
    void virtualFilesystemsAreIncludedOnRequestAndAMissingMountPointFailsAlone(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        Metric usage = scrape(root, "{filesystem: {include_virtual_filesystems: true,"
                + " metrics: {system.filesystem.inodes.usage: {enabled: false}}}}").get("system.filesystem.usage");
        // /run is not in the copy: its usage cannot be read, the others are still sent
        assertThat(filesystems(usage)).containsExactly("device=proc,mode=rw,mountpoint=/proc,type=proc", ROOT_FS,
                DATA_FS, DISK_FS);
        assertThat(fixture.logText()).contains("failed to read usage at /run");
    }
}
