package dev.otelint.collector.exporter.file;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.telemetry.ExporterMetrics;

/** One signal of a file exporter: writes each request it gets to the shared file, counting what it wrote. */
final class FileExporter<T extends Message> implements Exporter<T> {
    private final FileSink sink;
    private final SignalType<T> signal;
    private final ExporterMetrics metrics;

    FileExporter(FileSink sink, SignalType<T> signal, ExporterMetrics metrics) {
        this.sink = sink;
        this.signal = signal;
        this.metrics = metrics;
    }

    @Override
    public void start(Host host) {
        sink.start();
    }

    @Override
    public void consume(T data) {
        int items = signal.itemCount(data);
        try {
            sink.write(data);
        } catch (RuntimeException e) {
            metrics.sendFailed(items);
            throw e;
        }
        metrics.sent(items);
    }

    @Override
    public void shutdown() {
        sink.shutdown();
    }
}
