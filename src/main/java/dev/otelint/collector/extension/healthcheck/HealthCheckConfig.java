package dev.otelint.collector.extension.healthcheck;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;

/** The health_check extension's settings (contrib's healthcheckextension), with its defaults and checks. */
public final class HealthCheckConfig implements ValidatedConfig {
    @ConfigKey("endpoint")
    public String endpoint = "localhost:13133";

    @ConfigKey("path")
    public String path = "/";

    /** When set, these bodies replace the status JSON. */
    @ConfigKey("response_body")
    public ResponseBody responseBody;

    @ConfigKey(value = "check_collector_pipeline", supported = false)
    public PipelineCheck checkCollectorPipeline = new PipelineCheck();

    /** The bodies written instead of the status JSON. */
    public static final class ResponseBody {
        @ConfigKey("healthy")
        public String healthy = "";

        @ConfigKey("unhealthy")
        public String unhealthy = "";
    }

    /** The deprecated exporter-failure check; otelint does not apply it. */
    public static final class PipelineCheck {
        @ConfigKey("enabled")
        public boolean enabled;

        @ConfigKey("interval")
        public String interval = "5m";

        @ConfigKey("exporter_failure_threshold")
        public int exporterFailureThreshold = 5;
    }

    @Override
    public void validate() {
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("bad config: endpoint must be specified");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("bad config: path must start with /");
        }
        ListenAddress.parse(endpoint);
    }
}
