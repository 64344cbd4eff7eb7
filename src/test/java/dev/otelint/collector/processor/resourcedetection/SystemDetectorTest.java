package dev.otelint.collector.processor.resourcedetection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.records.AnyValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemDetectorTest {
    private static final Path PROC_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    @TempDir
    Path dir;

    static ConfigList strings(String... values) {
        ConfigSource at = ConfigSource.of("test.yaml");
        return new ConfigList(java.util.Arrays.stream(values).map(v -> (dev.otelint.collector.config.ConfigNode)
                ConfigScalar.ofString(v, at)).toList(), at);
    }

    private static Map<String, String> attributes(DetectedResource resource) {
        Map<String, String> out = new LinkedHashMap<>();
        resource.attributes().forEach(kv -> out.put(kv.getKey(), AnyValues.asString(kv.getValue())));
        return out;
    }

    private static SystemDetectorConfig config(String... sources) {
        SystemDetectorConfig config = new SystemDetectorConfig();
        config.hostnameSources = strings(sources);
        return config;
    }

    @Test
    void thisMachinesHostNameAndOsTypeByDefault() throws Exception {
        assumeTrue(Files.isReadable(PROC_HOSTNAME), "Linux only: reads /proc/sys/kernel/hostname");
        List<String> warnings = new ArrayList<>();
        DetectedResource r = new SystemDetector(new LinuxHostFacts(Path.of("/")), config("os"), warnings::add).detect();
        assertThat(attributes(r)).containsExactly(Map.entry("host.name", Files.readString(PROC_HOSTNAME).strip()),
                Map.entry("os.type", "linux"));
        assertThat(r.schemaUrl()).isEqualTo("https://opentelemetry.io/schemas/1.6.1");
        assertThat(warnings).isEmpty();
    }

    @Test
    void enabledAttributesAreReadFromTheHostInTheDetectorsOrder() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/sys/kernel/osrelease")), "Linux only: reads /proc");
        SystemDetectorConfig config = config("os");
        config.resourceAttributes.hostId.enabled = true;
        config.resourceAttributes.hostArch.enabled = true;
        config.resourceAttributes.osDescription.enabled = true;
        Map<String, String> attrs = attributes(new SystemDetector(new LinuxHostFacts(Path.of("/")), config, w -> {})
                .detect());
        assertThat(attrs.keySet()).containsExactly("host.name", "os.type", "host.id", "host.arch", "os.description");
        if (Files.isReadable(Path.of("/etc/machine-id"))) {
            assertThat(attrs.get("host.id")).isEqualTo(Files.readString(Path.of("/etc/machine-id")).strip());
        }
        assertThat(attrs.get("host.arch")).isIn("amd64", "arm64", "arm32", "x86", "ppc64le", "s390x", "riscv64");
        assertThat(attrs.get("os.description")).contains("(Linux " + attrs.get("host.name") + " "
                + Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip() + " ");
    }

    @Test
    void osReleaseCpuInfoAndMachineIdComeFromTheirFiles() throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(dir.resolve("proc/sys/kernel"));
        Files.writeString(dir.resolve("etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                + "NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\n# a comment\n");
        Files.writeString(dir.resolve("etc/machine-id"), "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        Files.writeString(dir.resolve("proc/cpuinfo"), "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\n"
                + "model\t\t: 17\nmodel name\t: AMD EPYC\nstepping\t: 1\ncache size\t: 1024 KB\n\nprocessor\t: 1\n"
                + "vendor_id\t: Other\n");
        Files.writeString(dir.resolve("proc/sys/kernel/hostname"), "web-1\n");
        Files.writeString(dir.resolve("proc/sys/kernel/osrelease"), "6.1.0-13-amd64\n");
        Files.writeString(dir.resolve("proc/sys/kernel/version"), "#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1\n");
        Files.writeString(dir.resolve("proc/sys/kernel/arch"), "x86_64\n");
        SystemDetectorConfig config = config("os");
        SystemResourceAttributes on = config.resourceAttributes;
        for (AttributeSwitch s : List.of(on.osVersion, on.hostId, on.osDescription, on.cpuVendorId, on.cpuFamily,
                on.cpuModelId, on.cpuModelName, on.cpuStepping, on.cpuCacheL2Size)) {
            s.enabled = true;
        }
        DetectedResource r = new SystemDetector(new LinuxHostFacts(dir), config, w -> {}).detect();
        assertThat(attributes(r)).containsEntry("host.name", "web-1").containsEntry("os.version", "12")
                .containsEntry("host.id", "3d1219c7c4c5404aaa1f6d2a48adfda4")
                .containsEntry("os.description", "Debian GNU/Linux 12 (bookworm) (" + System.getProperty("os.name")
                        + " web-1 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 x86_64)")
                .containsEntry("host.cpu.vendor.id", "AuthenticAMD").containsEntry("host.cpu.family", "25")
                .containsEntry("host.cpu.model.id", "17").containsEntry("host.cpu.model.name", "AMD EPYC")
                .containsEntry("host.cpu.stepping", "1");
        assertThat(r.attributes()).filteredOn(kv -> kv.getKey().equals("host.cpu.cache.l2.size")).singleElement()
                .satisfies(kv -> assertThat(kv.getValue().getIntValue()).isEqualTo(1024));
    }

    @Test
    void dnsTakesTheCanonicalNameOfTheHostsFileLineThatNamesTheHost() throws Exception {
        Files.createDirectories(dir.resolve("etc"));
        Files.createDirectories(dir.resolve("proc/sys/kernel"));
        Files.writeString(dir.resolve("proc/sys/kernel/hostname"), "web-1\n");
        Files.writeString(dir.resolve("etc/hosts"), "127.0.0.1 localhost\n# 10.0.0.9 web-1.old.example web-1\n"
                + "10.0.0.5\tweb-1.example.com web-1 # primary\n");
        DetectedResource r = new SystemDetector(new LinuxHostFacts(dir), new SystemDetectorConfig(), w -> {}).detect();
        assertThat(attributes(r)).containsEntry("host.name", "web-1.example.com");
    }

    @Test
    void aMissingMachineIdIsAWarningNotAFailure() {
        SystemDetectorConfig config = config("os");
        config.resourceAttributes.hostId.enabled = true;
        List<String> warnings = new ArrayList<>();
        DetectedResource r = new SystemDetector(new FakeHost("h", null, null), config, warnings::add).detect();
        assertThat(attributes(r)).containsOnlyKeys("host.name", "os.type");
        assertThat(warnings).containsExactly("failed to get host ID");
    }

    @Test
    void sourcesAreTriedInOrderUntilOneAnswers() {
        FakeHost host = new FakeHost("short", null, "short.reverse.example");
        assertThat(attributes(new SystemDetector(host, new SystemDetectorConfig(), w -> {}).detect()))
                .containsEntry("host.name", "short"); // default [dns, os]: no canonical name, so os
        assertThat(attributes(new SystemDetector(new FakeHost("short", "short.example.com", null),
                new SystemDetectorConfig(), w -> {}).detect())).containsEntry("host.name", "short.example.com");
        assertThat(attributes(new SystemDetector(host, config("dns", "lookup", "os"), w -> {}).detect()))
                .containsEntry("host.name", "short.reverse.example");
        assertThatThrownBy(() -> new SystemDetector(host, config("dns"), w -> {}).detect())
                .isInstanceOf(DetectionException.class).hasMessage("all hostname sources failed to get hostname");
    }

    /** A host whose names are given; os facts are Linux's, with no files. */
    private record FakeHost(String hostname, String canonical, String reverse) implements HostFacts {
        @Override
        public Optional<String> canonicalHostname() {
            return Optional.ofNullable(canonical);
        }

        @Override
        public Optional<String> reverseLookup(String name) {
            return Optional.ofNullable(reverse);
        }

        @Override
        public String osType() {
            return "linux";
        }

        @Override
        public String hostArch() {
            return "amd64";
        }

        @Override
        public Optional<String> machineId() {
            return Optional.empty();
        }

        @Override
        public Map<String, String> osRelease() {
            return Map.of();
        }

        @Override
        public String uname() {
            return "Linux " + hostname;
        }

        @Override
        public Map<String, String> cpuInfo() {
            return Map.of();
        }
    }
}
