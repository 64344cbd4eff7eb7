package dev.otelint.collector.exporter.zipkin;

import java.util.Map;

/**
 * The span's endpoints, taken out of its merged tags as the translator does: each key it reads is removed from the
 * tags, even when its value cannot be used. Keys are those of the translator's default network conventions
 * (semconv 1.40: network.local.address, network.peer.address, service.peer.name); ports stay net.host.port and
 * net.peer.port.
 */
final class ZipkinEndpoints {
    static final String LOCAL_ADDRESS = "network.local.address";
    static final String LOCAL_PORT = "net.host.port";
    static final String PEER_ADDRESS = "network.peer.address";
    static final String PEER_PORT = "net.peer.port";
    static final String PEER_SERVICE = "service.peer.name";

    private ZipkinEndpoints() {}

    static ZipkinSpan.Endpoint local(Map<String, String> tags, String serviceName) {
        return endpoint(tags, serviceName, LOCAL_ADDRESS, LOCAL_PORT);
    }

    /** Null unless the span names its peer's service or address. */
    static ZipkinSpan.Endpoint remote(Map<String, String> tags) {
        String service = tags.remove(PEER_SERVICE);
        return endpoint(tags, service == null ? "" : service, PEER_ADDRESS, PEER_PORT);
    }

    private static ZipkinSpan.Endpoint endpoint(Map<String, String> tags, String serviceName, String ipKey, String portKey) {
        String ipText = tags.remove(ipKey);
        IpAddress ip = ipText == null ? null : IpAddress.parse(ipText).orElse(null);
        String portText = tags.remove(portKey);
        int port = portText == null ? 0 : port(portText);
        if (serviceName.isEmpty() && ip == null) {
            return null;
        }
        return new ZipkinSpan.Endpoint(serviceName, ip, ip != null && ipText.indexOf(':') >= 0, port);
    }

    /** Go's strconv.ParseUint(s, 10, 16): 0 when not a number, 65535 when too large. */
    static int port(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        return digits.length() > 5 || Integer.parseInt(digits) > 65535 ? 65535 : Integer.parseInt(digits);
    }
}
