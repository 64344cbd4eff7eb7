package dev.otelint.records;

import dev.otelint.report.Finding;
import dev.otelint.report.FindingSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;

/**
 * Parses on a thread of its own while the caller checks the records already read, so that reading
 * and validating share the machine's cores. Records and the findings met while reading them are
 * handed over in batches and in file order; findings reach the caller's sink from the caller's
 * thread, so reports stay deterministic. Memory stays bounded by the few batches in flight. While
 * the caller waits for records, it runs the tasks the reader hands it (the helper), so that reading
 * can use the caller's core too.
 */
final class BackgroundRecordReader implements RecordReader {
    private static final int BATCH_SIZE = 256;
    private static final int BATCHES_IN_FLIGHT = 4;
    private static final Object END = new Object();

    /** A failure of the reading thread, rethrown to the caller. */
    private record Failure(Throwable problem) {
        void rethrow() {
            if (problem instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) problem;
        }
    }

    /** Batches of records and findings, and the reader's tasks for the caller's thread. */
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Semaphore batchSlots = new Semaphore(BATCHES_IN_FLIGHT);
    private final FindingSink sink;
    private final Thread thread;
    private List<Object> filling = new ArrayList<>(BATCH_SIZE);
    private Iterator<Object> draining = Collections.emptyIterator();
    private boolean ended;
    private volatile boolean closed;

    /**
     * Opens the reader on the calling thread (so that an unreadable file fails right away) with a
     * sink that keeps findings in order with the records and a helper that runs tasks on the caller's
     * thread when it waits, then reads it on a background thread.
     */
    BackgroundRecordReader(String name, BiFunction<FindingSink, Executor, RecordReader> opener, FindingSink sink) {
        this.sink = sink;
        RecordReader reader = opener.apply(finding -> filling.add(finding), inbox::add);
        this.thread = new Thread(() -> readAll(reader), "otelint-read " + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Record next() {
        while (!ended) {
            if (!draining.hasNext()) {
                draining = take().iterator();
                continue;
            }
            Object item = draining.next();
            if (item instanceof Record record) {
                return record;
            } else if (item instanceof Finding finding) {
                sink.accept(finding);
            } else if (item instanceof Failure failure) {
                ended = true;
                failure.rethrow();
            } else if (item == END) {
                ended = true;
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt(); // frees a reading thread waiting for a batch slot
        inbox.clear();
    }

    private void readAll(RecordReader reader) {
        try (reader) {
            Record record;
            while (!closed && (record = reader.next()) != null) {
                filling.add(record);
                if (filling.size() >= BATCH_SIZE) {
                    handOver();
                }
            }
        } catch (IOException e) {
            filling.add(new Failure(new IllegalStateException("closing the input failed", e)));
        } catch (RuntimeException | Error e) {
            filling.add(new Failure(e));
        } catch (InterruptedException e) {
            return; // closed by the caller
        }
        filling.add(END);
        try {
            handOver();
        } catch (InterruptedException e) {
            // closed by the caller
        }
    }

    private void handOver() throws InterruptedException {
        batchSlots.acquire();
        inbox.put(filling);
        filling = new ArrayList<>(BATCH_SIZE);
    }

    @SuppressWarnings("unchecked")
    private List<Object> take() {
        try {
            while (true) {
                Object item = inbox.take();
                if (item instanceof Runnable task) {
                    task.run();
                } else {
                    batchSlots.release();
                    return (List<Object>) item;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for records", e);
        }
    }
}
