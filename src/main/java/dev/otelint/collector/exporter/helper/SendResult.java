package dev.otelint.collector.exporter.helper;

/**
 * What the peer said of a request it answered: all items taken, or some refused for good (OTLP partial success,
 * OpenSearch bulk items that failed with a non-retryable status) with the peer's reason.
 */
public record SendResult(long rejectedItems, String reason) {
    private static final SendResult ALL_TAKEN = new SendResult(0, "");

    public static SendResult allTaken() {
        return ALL_TAKEN;
    }

    public static SendResult rejected(long items, String reason) {
        return items == 0 ? ALL_TAKEN : new SendResult(items, reason);
    }
}
