package dev.otelint.collector.processor.resourcedetection;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The host's facts from /proc, /etc and the JVM's resolver; files are read under {@code root} ("/" for
 * the real host) so that tests can give a tree of their own. Off Linux the /proc facts are missing.
 */
final class LinuxHostFacts implements HostFacts {
    private final Path root;

    LinuxHostFacts(Path root) {
        this.root = root;
    }

    @Override
    public String hostname() throws IOException {
        Optional<String> kernel = firstLine("proc/sys/kernel/hostname");
        return kernel.isPresent() ? kernel.get() : InetAddress.getLocalHost().getHostName();
    }

    /**
     * go-fqdn's order: the canonical (first) name of the first /etc/hosts line that names the host, else
     * the resolver's name for the local host.
     */
    @Override
    public Optional<String> canonicalHostname() throws IOException {
        Optional<String> fromHosts = hostsFileName(hostname());
        return fromHosts.isPresent() ? fromHosts : nameOf(InetAddress.getLocalHost());
    }

    private Optional<String> hostsFileName(String hostname) {
        try {
            for (String line : Files.readAllLines(root.resolve("etc/hosts"), StandardCharsets.UTF_8)) {
                int comment = line.indexOf('#');
                String[] fields = (comment < 0 ? line : line.substring(0, comment)).strip().split("\\s+");
                for (int i = 1; i < fields.length; i++) {
                    if (fields[i].equals(hostname)) {
                        return Optional.of(fields[1]);
                    }
                }
            }
        } catch (IOException e) {
            // no hosts file: the resolver decides
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> reverseLookup(String hostname) throws IOException {
        for (InetAddress address : InetAddress.getAllByName(hostname)) {
            Optional<String> name = nameOf(InetAddress.getByAddress(address.getAddress()));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The address's name by reverse lookup; Java gives the address back as text when there is none. */
    private static Optional<String> nameOf(InetAddress address) {
        String name = address.getCanonicalHostName();
        if (name.equals(address.getHostAddress())) {
            return Optional.empty();
        }
        return Optional.of(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }

    @Override
    public String osType() {
        // internal.GOOSToOSType: Go's GOOS names
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        if (name.startsWith("windows")) {
            return "windows";
        }
        return name.replace(" ", "");
    }

    @Override
    public String hostArch() {
        // internal.GOARCHtoHostArch: amd64, arm64, arm32, x86, ppc32, ppc64, s390x; others as they are
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "arm" -> "arm32";
            case "x86", "i386", "i486", "i586", "i686" -> "x86";
            default -> arch;
        };
    }

    @Override
    public Optional<String> machineId() {
        // the OpenTelemetry Go SDK's host.id on Linux
        Optional<String> id = firstLine("etc/machine-id");
        return id.isPresent() ? id : firstLine("var/lib/dbus/machine-id");
    }

    @Override
    public Map<String, String> osRelease() {
        for (String file : new String[] {"etc/os-release", "usr/lib/os-release"}) {
            Path path = root.resolve(file);
            if (Files.isReadable(path)) {
                try {
                    return OsRelease.parse(Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // unreadable: try the next, as the SDK does
                }
            }
        }
        return Map.of();
    }

    @Override
    public String uname() throws IOException {
        String release = firstLine("proc/sys/kernel/osrelease").orElseThrow(() -> new IOException("no kernel release"));
        String version = firstLine("proc/sys/kernel/version").orElseThrow(() -> new IOException("no kernel version"));
        String machine = firstLine("proc/sys/kernel/arch").orElse(System.getProperty("os.arch")
                .replace("amd64", "x86_64"));
        return System.getProperty("os.name") + " " + hostname() + " " + release + " " + version + " " + machine;
    }

    @Override
    public Map<String, String> cpuInfo() {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve("proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    break; // the first processor only, as the detector uses cpuInfo[0]
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return fields;
    }

    private Optional<String> firstLine(String file) {
        try {
            String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
