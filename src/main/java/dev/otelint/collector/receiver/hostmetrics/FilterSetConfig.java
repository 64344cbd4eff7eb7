package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A filterset.Config of contrib (squashed into the scrapers' include/exclude sections): {@code match_type}
 * strict or regexp, and the regexp cache settings. Each subclass names its list as the scraper does.
 */
public abstract class FilterSetConfig {
    @ConfigKey("match_type")
    public String matchType = "";

    /** Accepted: the cache only speeds up repeated matches; otelint's matches give the same answers without it. */
    @ConfigKey("regexp")
    public RegexpCache regexp;

    /** The names or patterns to match. */
    abstract List<String> names();

    /** filterset/regexp.Config. */
    public static final class RegexpCache {
        @ConfigKey("cacheenabled")
        public boolean cacheEnabled;

        @ConfigKey("cachemaxnumentries")
        public int cacheMaxNumEntries;
    }

    /** The disk scraper's include/exclude and the filesystem scraper's include_devices/exclude_devices. */
    public static final class Devices extends FilterSetConfig {
        @ConfigKey("devices")
        public List<String> devices = new ArrayList<>();

        @Override
        List<String> names() {
            return devices;
        }
    }

    /** The network scraper's include/exclude. */
    public static final class Interfaces extends FilterSetConfig {
        @ConfigKey("interfaces")
        public List<String> interfaces = new ArrayList<>();

        @Override
        List<String> names() {
            return interfaces;
        }
    }

    /** The filesystem scraper's include_fs_types/exclude_fs_types. */
    public static final class FsTypes extends FilterSetConfig {
        @ConfigKey("fs_types")
        public List<String> fsTypes = new ArrayList<>();

        @Override
        List<String> names() {
            return fsTypes;
        }
    }

    /** The filesystem scraper's include_mount_points/exclude_mount_points. */
    public static final class MountPoints extends FilterSetConfig {
        @ConfigKey("mount_points")
        public List<String> mountPoints = new ArrayList<>();

        @Override
        List<String> names() {
            return mountPoints;
        }
    }
}
