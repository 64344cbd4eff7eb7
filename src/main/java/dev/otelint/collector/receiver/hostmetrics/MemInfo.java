package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** proc/meminfo's values in bytes (the file gives kB, meaning KiB), by field name ("MemTotal"). */
final class MemInfo {
    private final Map<String, Long> bytes;

    private MemInfo(Map<String, Long> bytes) {
        this.bytes = bytes;
    }

    static MemInfo read(ProcFiles proc) throws IOException {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : proc.lines("meminfo")) {
            String[] f = ProcFiles.fields(line.replace(":", " "));
            if (f.length >= 2) {
                long value = Long.parseLong(f[1]);
                bytes.put(f[0], f.length > 2 && f[2].equals("kB") ? value * 1024 : value);
            }
        }
        return new MemInfo(bytes);
    }

    /** The field's value, 0 when the kernel does not have it (as gopsutil leaves a missing field at 0). */
    long get(String field) {
        return bytes.getOrDefault(field, 0L);
    }

    boolean has(String field) {
        return bytes.containsKey(field);
    }
}
