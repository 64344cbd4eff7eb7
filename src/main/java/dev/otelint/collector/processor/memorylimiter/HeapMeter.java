package dev.otelint.collector.processor.memorylimiter;

import java.lang.management.ManagementFactory;

/** Where the memory limiter reads memory use and forces a collection; the JVM's heap unless a test says otherwise. */
public interface HeapMeter {
    /** Bytes of heap in use now. */
    long usedBytes();

    /** What limit_percentage is a percentage of. */
    long totalBytes();

    void collectGarbage();

    /** The JVM heap: used from the MemoryMXBean, total is -Xmx (Runtime.maxMemory). */
    HeapMeter JVM = new HeapMeter() {
        @Override
        public long usedBytes() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        public long totalBytes() {
            return Runtime.getRuntime().maxMemory();
        }

        @Override
        @SuppressWarnings("java:S1215") // the collector forces a GC (runtime.GC) above the limits too
        public void collectGarbage() {
            System.gc();
        }
    };
}
