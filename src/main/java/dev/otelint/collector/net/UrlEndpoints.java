package dev.otelint.collector.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The host and port an http:// or https:// URL connects to, for exporters that take a URL. */
public final class UrlEndpoints {
    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private UrlEndpoints() {}

    /** The URL's host and port (80 or 443 by its scheme when it names none); IllegalArgumentException when it is not one. */
    public static HostPort address(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: \"" + url + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("expected an http:// or https:// URL with a host, got \"" + url + "\"");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? HTTPS_PORT : HTTP_PORT;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new HostPort(host, port);
    }
}
