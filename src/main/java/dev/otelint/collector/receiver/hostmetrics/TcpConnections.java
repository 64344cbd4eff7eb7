package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TCP connections by state, as the network scraper counts them: gopsutil's net.Connections("tcp") reads
 * proc/net/tcp and proc/net/tcp6 (tcp6 may be absent), names each hex state as the kernel does
 * ("FIN_WAIT1"), and counts a socket with the same local and remote address and state once. The scraper
 * starts from zero for each state of its own list, whose spellings differ from the kernel's for three states
 * ("FIN_WAIT_1"): both appear, as in the collector. UDP sockets are not counted (the scraper asks for "tcp").
 */
final class TcpConnections {
    // networkscraper's allTCPStates (Linux)
    static final List<String> SCRAPER_STATES = List.of("CLOSE_WAIT", "CLOSE", "CLOSING", "DELETE", "ESTABLISHED",
            "FIN_WAIT_1", "FIN_WAIT_2", "LAST_ACK", "LISTEN", "SYN_SENT", "SYN_RECV", "TIME_WAIT");
    // gopsutil's tcpStatuses, indexed by the hex state of include/net/tcp_states.h
    private static final String[] KERNEL_STATES = {"", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
        "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"};

    private TcpConnections() {}

    static Map<String, Long> countByState(ProcFiles proc) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        SCRAPER_STATES.forEach(s -> counts.put(s, 0L));
        Set<String> seen = new HashSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            Path file = proc.proc(table);
            if (table.endsWith("6") && !Files.exists(file)) {
                continue; // no IPv6
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = ProcFiles.fields(line);
                if (f.length < 10) {
                    continue;
                }
                String state = kernelState(f[3]);
                // gopsutil's duplicate check: type, decoded local and remote address, state
                if (seen.add(address(f[1]) + "-" + address(f[2]) + "-" + state)) {
                    counts.merge(state, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** An unknown hex state has no name (gopsutil's map gives ""). */
    private static String kernelState(String hex) {
        int code = Integer.parseInt(hex, 16);
        return code < KERNEL_STATES.length ? KERNEL_STATES[code] : "";
    }

    /** "0100007F:0050" (an IPv4 address and port) or a 32-digit IPv6 address and port, as a key. */
    private static String address(String hexAddressPort) {
        String[] parts = hexAddressPort.split(":");
        String ip = parts[0].length() == 8 ? ipv4(parts[0]) : new BigInteger(parts[0], 16).toString(16);
        return ip + ":" + Integer.parseInt(parts[1], 16);
    }

    /** proc/net/tcp writes IPv4 addresses as little-endian hex words. */
    private static String ipv4(String hex) {
        long v = Long.parseLong(hex, 16);
        return (v & 0xff) + "." + (v >> 8 & 0xff) + "." + (v >> 16 & 0xff) + "." + (v >> 24 & 0xff);
    }
}
