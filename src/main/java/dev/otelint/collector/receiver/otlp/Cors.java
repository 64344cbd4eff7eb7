package dev.otelint.collector.receiver.otlp;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CORS as the collector's confighttp applies it (through rs/cors): origins match exactly, by "*", or by a pattern
 * with one "*"; a preflight (OPTIONS with Access-Control-Request-Method) is answered 204 with the allowed method and
 * headers; an actual request from an allowed origin gets Access-Control-Allow-Origin.
 */
final class Cors {
    /** Headers rs/cors always allows in a preflight. */
    private static final List<String> ALWAYS_ALLOWED = List.of("accept", "content-type", "x-requested-with", "origin");

    private final List<String> origins;
    private final List<String> headers = new ArrayList<>(ALWAYS_ALLOWED);
    private final boolean anyHeader;
    private final int maxAge;

    Cors(CorsConfig config) {
        this.origins = config.allowedOrigins;
        config.allowedHeaders.forEach(h -> headers.add(h.toLowerCase(Locale.ROOT)));
        this.anyHeader = config.allowedHeaders.contains("*");
        this.maxAge = config.maxAge;
    }

    static boolean isPreflight(String method, Headers request) {
        return method.equals("OPTIONS") && request.getFirst("Origin") != null
                && request.getFirst("Access-Control-Request-Method") != null;
    }

    /** Fills the preflight answer's headers; false when the origin, method or a header is not allowed. */
    boolean preflight(Headers request, Headers response) {
        response.add("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        String origin = request.getFirst("Origin");
        String method = request.getFirst("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
        if (!originAllowed(origin) || !method.equals("POST")) {
            return false;
        }
        String asked = request.getFirst("Access-Control-Request-Headers");
        if (asked != null && !asked.isBlank() && !headersAllowed(asked)) {
            return false;
        }
        response.set("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        response.set("Access-Control-Allow-Methods", method);
        if (asked != null && !asked.isBlank()) {
            response.set("Access-Control-Allow-Headers", asked);
        }
        if (maxAge > 0) {
            response.set("Access-Control-Max-Age", Integer.toString(maxAge));
        }
        return true;
    }

    /** Adds Access-Control-Allow-Origin to the answer of a request from an allowed origin. */
    void actual(Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        response.add("Vary", "Origin");
        if (origin != null && originAllowed(origin)) {
            response.set("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        }
    }

    private boolean originAllowed(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        for (String allowed : origins) {
            String a = allowed.toLowerCase(Locale.ROOT);
            int star = a.indexOf('*');
            if (a.equals("*") || a.equals(o) || star >= 0 && o.length() >= a.length() - 1
                    && o.startsWith(a.substring(0, star)) && o.endsWith(a.substring(star + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean headersAllowed(String asked) {
        if (anyHeader) {
            return true;
        }
        for (String h : asked.split(",")) {
            if (!headers.contains(h.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
