package dev.otelint.gen;

import java.util.Map;

/**
 * Where and how generated data is sent, in telemetrygen's terms. An empty endpoint means telemetrygen's default:
 * localhost:4317 for gRPC, localhost:4318 with --otlp-http. Without {@code insecure} the connection uses TLS.
 */
public record Destination(
        String endpoint,
        boolean http,
        boolean insecure,
        boolean insecureSkipVerify,
        String caFile,
        Map<String, String> headers,
        String compression) {

    public Destination {
        headers = Map.copyOf(headers);
    }

    public String endpointOrDefault() {
        if (!endpoint.isEmpty()) {
            return endpoint;
        }
        return http ? "localhost:4318" : "localhost:4317";
    }
}
