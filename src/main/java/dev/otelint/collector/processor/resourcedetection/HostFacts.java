package dev.otelint.collector.processor.resourcedetection;

import java.util.Map;
import java.util.Optional;

/** What the system detector reads about the host; tests give their own. */
interface HostFacts {
    /** The kernel's host name (Go's os.Hostname). */
    String hostname() throws Exception;

    /** The local host's canonical name from the resolver; empty when it has none but an address. */
    Optional<String> canonicalHostname() throws Exception;

    /** The name a reverse lookup of the host name's addresses gives; empty when none resolves. */
    Optional<String> reverseLookup(String hostname) throws Exception;

    /** GOOS-style name: linux, darwin, windows... */
    String osType();

    /** The architecture as semconv's host.arch (amd64, arm64, arm32, x86...). */
    String hostArch();

    /** /etc/machine-id (or /var/lib/dbus/machine-id). */
    Optional<String> machineId();

    /** /etc/os-release (or /usr/lib/os-release) as key/value pairs; empty when absent. */
    Map<String, String> osRelease();

    /** `uname -snrvm`: system, node, release, version, machine. */
    String uname() throws Exception;

    /** The first processor's fields of /proc/cpuinfo; empty when absent. */
    Map<String, String> cpuInfo();
}
