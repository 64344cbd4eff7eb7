package dev.otelint.collector.exporter.zipkin;

import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code otelint push --to zipkin=URL}: URL is the exporter's endpoint; a URL without a path gets Zipkin's
 * /api/v2/spans, one without a scheme http://, and no URL means a Zipkin on this machine
 * (http://localhost:9411/api/v2/spans).
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
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return Optional.of(new HostPort(host, port));
    }

    private static String endpoint(String value) {
        if (value.isEmpty()) {
            return LOCAL;
        }
        String url = value.contains("://") ? value : "http://" + value;
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        if (pathStart < 0 || pathStart == url.length() - 1) {
            return (pathStart < 0 ? url : url.substring(0, pathStart)) + SPANS_PATH;
        }
        return url;
    }
}
