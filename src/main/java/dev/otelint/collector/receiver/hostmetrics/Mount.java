package dev.otelint.collector.receiver.hostmetrics;

import java.util.List;

/** One mounted file system: its device, mount point, type and mount options. */
record Mount(String device, String mountpoint, String type, List<String> options) {

    /** filesystemscraper's getMountMode: "rw" or "ro" from the options, else "unknown". */
    String mode() {
        return options.contains("rw") ? "rw" : options.contains("ro") ? "ro" : "unknown";
    }
}
