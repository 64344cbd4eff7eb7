package dev.otelint.collector.receiver.otlp;

import dev.otelint.collector.component.ConfigKey;
import java.util.List;

/** CORS for browser senders (confighttp.CORSConfig): off while allowed_origins is empty. */
public final class CorsConfig {
    /** Exact origins, "*", or patterns with one "*" ("https://*.example.com"). */
    @ConfigKey("allowed_origins")
    public List<String> allowedOrigins = List.of();

    /** Headers a preflight may ask for beyond the ones always allowed. */
    @ConfigKey("allowed_headers")
    public List<String> allowedHeaders = List.of();

    /** Seconds a browser may cache a preflight answer; 0: no Access-Control-Max-Age header. */
    @ConfigKey("max_age")
    public int maxAge = 0;
}
