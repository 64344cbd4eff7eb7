package dev.otelint.collector.processor.batch;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import java.time.Duration;
import java.util.List;

/** The batch processor's settings, names and defaults as in the collector's batchprocessor. */
public final class BatchConfig implements ValidatedConfig {
    @ConfigKey("timeout")
    public Duration timeout = Duration.ofMillis(200);

    @ConfigKey(value = "send_batch_size", unsigned = true)
    public int sendBatchSize = 8192;

    /** 0: no upper limit. */
    @ConfigKey(value = "send_batch_max_size", unsigned = true)
    public int sendBatchMaxSize = 0;

    @ConfigKey(value = "metadata_keys", supported = false)
    public List<String> metadataKeys = List.of();

    @ConfigKey(value = "metadata_cardinality_limit", unsigned = true, supported = false)
    public int metadataCardinalityLimit = 1000;

    @Override
    public void validate() {
        if (sendBatchMaxSize > 0 && sendBatchMaxSize < sendBatchSize) {
            throw new IllegalArgumentException("send_batch_max_size must be greater or equal to send_batch_size");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be greater or equal to 0");
        }
    }
}
