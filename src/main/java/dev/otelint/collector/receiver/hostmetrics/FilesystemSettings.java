package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigMap;
import java.util.function.Consumer;

/**
 * The filesystem scraper's section: filters on devices, file system types and mount points, and
 * {@code include_virtual_filesystems} (default false: only types proc/filesystems does not mark nodev).
 */
public final class FilesystemSettings extends ScraperSettings {
    @ConfigKey("include_virtual_filesystems")
    public boolean includeVirtualFilesystems;

    @ConfigKey("include_devices")
    public FilterSetConfig.Devices includeDevices = new FilterSetConfig.Devices();

    @ConfigKey("exclude_devices")
    public FilterSetConfig.Devices excludeDevices = new FilterSetConfig.Devices();

    @ConfigKey("include_fs_types")
    public FilterSetConfig.FsTypes includeFsTypes = new FilterSetConfig.FsTypes();

    @ConfigKey("exclude_fs_types")
    public FilterSetConfig.FsTypes excludeFsTypes = new FilterSetConfig.FsTypes();

    @ConfigKey("include_mount_points")
    public FilterSetConfig.MountPoints includeMountPoints = new FilterSetConfig.MountPoints();

    @ConfigKey("exclude_mount_points")
    public FilterSetConfig.MountPoints excludeMountPoints = new FilterSetConfig.MountPoints();

    private final NameFilter[] filters = new NameFilter[6];

    @Override
    void prepare(ConfigMap section, Consumer<ConfigException> errors) {
        // filesystemscraper's Config.createFilter, one label per key
        FilterSetConfig[] configs = {includeDevices, excludeDevices, includeFsTypes, excludeFsTypes,
            includeMountPoints, excludeMountPoints};
        String[] keys = {"include_devices", "exclude_devices", "include_fs_types", "exclude_fs_types",
            "include_mount_points", "exclude_mount_points"};
        for (int i = 0; i < keys.length; i++) {
            filters[i] = filter(configs[i], section, "filesystem", keys[i], "error creating " + keys[i] + " filter",
                    errors);
        }
    }

    /** filesystemscraper's includePartition: every filter set must keep the partition. */
    boolean keeps(Mount mount) {
        return NameFilter.keeps(filters[0], filters[1], mount.device())
                && NameFilter.keeps(filters[2], filters[3], mount.type())
                && NameFilter.keeps(filters[4], filters[5], mount.mountpoint());
    }
}
