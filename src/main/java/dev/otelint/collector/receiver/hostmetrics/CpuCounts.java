package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Logical and physical CPU counts as gopsutil's cpu.Counts computes them on Linux. */
final class CpuCounts {
    private CpuCounts() {}

    /** The "processor" entries of proc/cpuinfo, or else the cpuN lines of proc/stat. */
    static int logical(ProcFiles proc) throws IOException {
        int processors = 0;
        if (Files.exists(proc.proc("cpuinfo"))) {
            for (String line : proc.lines("cpuinfo")) {
                String[] kv = line.split(":", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("processor") && kv[1].trim().matches("\\d+")) {
                    processors++;
                }
            }
        }
        return processors > 0 ? processors : CpuTimes.read(proc).size();
    }

    /**
     * The distinct core_cpus_list (or, on older kernels, thread_siblings_list) of sys/devices/system/cpu/cpuN
     * topology: one per physical core; without sys, the "cpu cores" of each "physical id" in proc/cpuinfo.
     */
    static int physical(ProcFiles proc) throws IOException {
        for (String file : List.of("core_cpus_list", "thread_siblings_list")) {
            Set<String> cores = new HashSet<>();
            Path cpus = proc.sys("devices/system/cpu");
            if (Files.isDirectory(cpus)) {
                try (DirectoryStream<Path> dirs = Files.newDirectoryStream(cpus, "cpu[0-9]*")) {
                    for (Path dir : dirs) {
                        Path list = dir.resolve("topology").resolve(file);
                        if (Files.isReadable(list)) {
                            List<String> lines = Files.readAllLines(list);
                            if (lines.size() == 1) {
                                cores.add(lines.get(0));
                            }
                        }
                    }
                }
            }
            if (!cores.isEmpty()) {
                return cores.size();
            }
        }
        return coresPerPackage(proc);
    }

    private static int coresPerPackage(ProcFiles proc) throws IOException {
        Map<String, Integer> coresById = new HashMap<>();
        String id = null;
        Integer cores = null;
        for (String line : proc.lines("cpuinfo")) {
            String[] kv = line.split(":", 2);
            if (line.isBlank()) {
                if (id != null && cores != null) {
                    coresById.put(id, cores);
                }
                id = null;
                cores = null;
            } else if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("physical id")) {
                id = kv[1].trim();
            } else if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("cpu cores")) {
                cores = Integer.parseInt(kv[1].trim());
            }
        }
        if (id != null && cores != null) {
            coresById.put(id, cores);
        }
        return coresById.values().stream().mapToInt(Integer::intValue).sum();
    }
}
