package dev.otelint.collector.exporter.zipkin;

import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code otelint push --to zipkin=URL}: URL is the exporter's endpoint; a URL without a path gets Zipkin's
 * /api/v2/spans, and no URL means a Zipkin on this machine (http://localhost:9411/api/v2/spans).
 */
final class ZipkinPushTarget implements PushTarget {
    static final String SPANS_PATH = "/api/v2/spans";
    static final String LOCAL = "http://localhost:9411" + SPANS_PATH;

    @Override
    public String name() {
        return "zipkin";
    }

    @Override
    public String valueLabel() {
        return "URL";
    }

    @Override
    public Map<String, Object> config(String value) {
        return Map.of("endpoint", endpoint(value));
    }

    @Override
    public Optional<HostPort> address(String value) {
        URI uri;
        try {
            uri = URI.create(endpoint(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the exporter's config check names the bad URL
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return Optional.of(new HostPort(uri.getHost(), port));
    }

    private static String endpoint(String value) {
        if (value.isEmpty()) {
            return LOCAL;
        }
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        int authority = trimmed.indexOf("://");
        boolean hasPath = authority >= 0 && trimmed.indexOf('/', authority + 3) >= 0;
        return hasPath || authority < 0 ? value : trimmed + SPANS_PATH;
    }
}
