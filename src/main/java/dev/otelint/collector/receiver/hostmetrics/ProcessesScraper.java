package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The processes scraper on Linux: system.processes.count by status, each process's state letter read from
 * proc/PID/stat and named as gopsutil and the scraper name it, then "running" and "blocked" taken from
 * proc/stat's procs_running and procs_blocked (one read, so more exact than the walk, as the scraper does);
 * system.processes.created from proc/stat's "processes".
 */
final class ProcessesScraper extends Scraper {

    ProcessesScraper(MetricSelection metrics) {
        super(metrics);
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        if (out.enabled("system.processes.count")) {
            Map<String, Long> byStatus = countByStatus(proc);
            byStatus.put("running", proc.statValue("procs_running"));
            byStatus.put("blocked", proc.statValue("procs_blocked"));
            byStatus.forEach((status, count) -> out.record("system.processes.count", count, "status", status));
        }
        if (out.enabled("system.processes.created")) {
            out.record("system.processes.created", proc.statValue("processes"));
        }
    }

    private static Map<String, Long> countByStatus(ProcFiles proc) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc.proc(""), p -> isPid(p.getFileName().toString()))) {
            for (Path pid : pids) {
                String stat;
                try {
                    stat = Files.readString(pid.resolve("stat"));
                } catch (NoSuchFileException e) {
                    continue; // the process ended since the directory was listed
                }
                int afterName = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
                String letter = afterName < 0 || afterName + 2 >= stat.length() ? "" : stat.substring(afterName + 2,
                        afterName + 3);
                counts.merge(status(letter), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** gopsutil's convertStatusChar, then the scraper's charToState. */
    static String status(String letter) {
        return switch (letter) {
            case "A" -> "daemon";
            case "D", "U" -> "blocked";
            case "E" -> "detached";
            case "I" -> "idle";
            case "L" -> "locked";
            case "O" -> "orphan";
            case "R" -> "running";
            case "S" -> "sleeping";
            case "T", "t" -> "stopped";
            case "W" -> "paging";
            case "Y" -> "system";
            case "Z" -> "zombies";
            default -> "unknown";
        };
    }
}
