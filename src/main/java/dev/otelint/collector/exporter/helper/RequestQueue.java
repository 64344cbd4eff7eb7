package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;

/** The sending_queue's store of requests between the caller and the consumers. */
interface RequestQueue<T extends Message> {
    /** Adds a request; false when the queue is full and may not wait, or is closed. */
    boolean offer(ExportRequest<T> request) throws InterruptedException;

    /** The next request, waiting for one; null once the queue is closed and has nothing more to hand out. */
    Taken<T> take() throws InterruptedException;

    /** The request was sent, or dropped for good: it leaves the queue. */
    void done(Taken<T> taken);

    /** Stops taking requests; consumers waiting in {@link #take} return. */
    void close();

    /** Items (spans, points, log records) queued and not yet handed to a consumer. */
    long items();

    /** Requests held against queue_size (otelcol_exporter_queue_size). */
    long requests();

    /** True when requests not done at shutdown stay for the next start (a persistent queue). */
    boolean keepsUnfinished();

    /** Releases what the queue holds open, after the consumers stopped. */
    default void release() {}

    /** A request handed to a consumer, with what the queue needs to finish it. */
    record Taken<T extends Message>(ExportRequest<T> request, long index) {
        int items() {
            return request.items();
        }
    }
}
