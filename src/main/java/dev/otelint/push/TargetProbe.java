package dev.otelint.push;

import dev.otelint.collector.net.HostPort;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Checks, before anything is sent, that every network target accepts a TCP connection. */
final class TargetProbe {
    private final Duration timeout;

    TargetProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** Throws "cannot reach NAME at VALUE: why" for the first target that does not answer. */
    void requireReachable(List<Target> targets) {
        for (Target target : targets) {
            Optional<HostPort> address = target.address();
            if (address.isPresent()) {
                probe(target, address.get());
            }
        }
    }

    private void probe(Target target, HostPort address) {
        String host = address.host().isEmpty() ? "localhost" : address.host();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, address.port()), (int) timeout.toMillis());
        } catch (IOException e) {
            throw new BadInputException("cannot reach " + target.name() + " at " + target.shownValue() + ": " + why(e));
        }
    }

    private static String why(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer (timed out)";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
