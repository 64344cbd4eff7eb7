package dev.otelint.gen;

import java.util.concurrent.atomic.LongAdder;

/** Items and requests the exporter took or failed, summed over all workers. */
final class GenCounters {
    final LongAdder sentItems = new LongAdder();
    final LongAdder failedItems = new LongAdder();
    final LongAdder sentRequests = new LongAdder();
    final LongAdder failedRequests = new LongAdder();
}
