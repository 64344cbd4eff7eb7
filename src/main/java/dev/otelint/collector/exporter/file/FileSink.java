package dev.otelint.collector.exporter.file;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The file of one configured file exporter, shared by its signals: opened by the first start, flushed every
 * flush_interval, flushed and closed by the last shutdown.
 */
final class FileSink {
    private static final int LENGTH_PREFIX = 4;

    private final FileConfig config;
    private final ComponentSettings settings;
    private RotatingFile file;
    private ScheduledExecutorService flusher;
    private int users;

    FileSink(FileConfig config, ComponentSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    synchronized void start() {
        if (users++ > 0) {
            return;
        }
        try {
            file = new RotatingFile(Path.of(config.path), config.rotation, config.append, Clock.systemUTC());
        } catch (IOException e) {
            users = 0;
            throw new UncheckedIOException("exporters::" + settings.id() + ": cannot open " + config.path + ": " + e, e);
        }
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "otelint-file-flush-" + settings.id());
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(config.flushInterval.toNanos(), 1);
        flusher.scheduleAtFixedRate(this::flushQuietly, every, every, TimeUnit.NANOSECONDS);
    }

    void write(Message request) {
        byte[] bytes = encode(request);
        synchronized (this) {
            if (file == null) {
                throw new ConsumeException("exporters::" + settings.id() + " is not started");
            }
            try {
                file.write(bytes);
            } catch (IOException e) {
                throw new ConsumeException("cannot write " + config.path + ": " + e.getMessage(), e);
            }
        }
    }

    synchronized void shutdown() {
        if (users == 0 || --users > 0) {
            return;
        }
        flusher.shutdownNow();
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + config.path, e);
        } finally {
            file = null;
        }
    }

    /** json: the request on one line; proto: its length as 4 big-endian bytes, then its bytes. */
    private byte[] encode(Message request) {
        if (config.format.equals("proto")) {
            byte[] body = request.toByteArray();
            return ByteBuffer.allocate(LENGTH_PREFIX + body.length).putInt(body.length).put(body).array();
        }
        return (OtlpJsonLine.of(request) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private synchronized void flushQuietly() {
        try {
            if (file != null) {
                file.flush();
            }
        } catch (IOException e) {
            settings.log().error("Failed to flush", "{\"path\": \"" + config.path + "\"}");
        }
    }
}
