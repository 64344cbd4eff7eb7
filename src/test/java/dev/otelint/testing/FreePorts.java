package dev.otelint.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers tests start. A port from {@code new ServerSocket(0)} comes from the kernel's ephemeral
 * range, the same range every outgoing connection takes its local port from: between the pick and the server's
 * bind, a client socket of another test (Kafka, HTTP clients) can take it ("Address already in use"). These ports
 * come from below that range instead, are checked free, and are never handed out twice in one JVM.
 */
public final class FreePorts {
    private static final int LOWEST = 20_000;
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /** A port no server listens on now, outside the ephemeral range, not given to another test of this run. */
    public static int pick() {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (HANDED_OUT.add(port)) {
                if (free(port)) {
                    return port;
                }
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) { // the wildcard address: free on every interface
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
