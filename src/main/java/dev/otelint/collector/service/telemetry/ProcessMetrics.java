package dev.otelint.collector.service.telemetry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The collector's process metrics, read when scraped, with the JVM's nearest equivalents of Go's runtime
 * figures: uptime, CPU seconds, resident set size (Linux /proc), heap in use, memory taken from the system.
 */
final class ProcessMetrics {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMetrics() {}

    static void register(MetricRegistry registry) {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        registry.observedCounter("otelcol_process_uptime_seconds", "Uptime of the process", Labels.NONE,
                () -> runtime.getUptime() / 1e3);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            registry.observedCounter("otelcol_process_cpu_seconds", "Total CPU user and system time in seconds",
                    Labels.NONE, () -> sun.getProcessCpuTime() / 1e9);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        registry.gauge("otelcol_process_runtime_heap_alloc_bytes", "Bytes of allocated heap objects", Labels.NONE,
                () -> memory.getHeapMemoryUsage().getUsed());
        registry.gauge("otelcol_process_runtime_total_sys_memory_bytes", "Total bytes of memory obtained from the OS",
                Labels.NONE, () -> memory.getHeapMemoryUsage().getCommitted()
                        + memory.getNonHeapMemoryUsage().getCommitted());
        if (residentBytes() >= 0) {
            registry.gauge("otelcol_process_memory_rss_bytes", "Total physical memory (resident set size)",
                    Labels.NONE, ProcessMetrics::residentBytes);
        }
    }

    /** VmRSS from /proc/self/status, in bytes; -1 where there is no /proc. */
    private static double residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024.0;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // not Linux: no RSS gauge
        }
        return -1;
    }
}
