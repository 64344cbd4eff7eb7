package dev.otelint.collector.processor.memorylimiter;

import dev.otelint.collector.component.CollectorLog;

/**
 * One measurement step of the collector's memory limiter: above the hard limit force a GC (at most every
 * min_gc_interval_when_hard_limited), above the soft limit (limit - spike) also, at most every
 * min_gc_interval_when_soft_limited; refuse data while the usage after that stays above the soft limit.
 */
final class MemoryChecker {
    private final MemoryLimiterConfig config;
    private final HeapMeter heap;
    private final CollectorLog log;
    private final String fields;
    private final long limit;
    private final long softLimit;
    private volatile boolean refusing;
    private long lastGcNanos = Long.MIN_VALUE / 2;

    MemoryChecker(MemoryLimiterConfig config, HeapMeter heap, CollectorLog log, String fields) {
        this.config = config;
        this.heap = heap;
        this.log = log;
        this.fields = fields;
        this.limit = config.limitBytes(heap.totalBytes());
        this.softLimit = limit - config.spikeBytes(heap.totalBytes());
    }

    boolean refusing() {
        return refusing;
    }

    long limitBytes() {
        return limit;
    }

    long softLimitBytes() {
        return softLimit;
    }

    synchronized void check() {
        long used = heap.usedBytes();
        if (used > softLimit) {
            boolean hard = used > limit;
            long minInterval = (hard ? config.minGcIntervalWhenHardLimited : config.minGcIntervalWhenSoftLimited).toNanos();
            if (System.nanoTime() - lastGcNanos >= minInterval) {
                log.info(hard ? "Memory usage is above hard limit. Forcing a GC." : "Memory usage is above soft limit."
                        + " Forcing a GC.", memoryFields(used));
                heap.collectGarbage();
                lastGcNanos = System.nanoTime();
                used = heap.usedBytes();
            }
        }
        boolean refuse = used > softLimit;
        if (refuse != refusing) {
            if (refuse) {
                log.warn("Memory usage is above soft limit. Refusing data.", memoryFields(used));
            } else {
                log.info("Memory usage back within limits. Resuming normal operation.", memoryFields(used));
            }
            refusing = refuse;
        }
    }

    private String memoryFields(long used) {
        return fields.substring(0, fields.length() - 1) + ", \"cur_mem_mib\": " + (used >> 20) + "}";
    }
}
