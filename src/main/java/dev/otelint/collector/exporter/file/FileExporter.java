package dev.otelint.collector.exporter.file;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Host;

/** One signal of a file exporter: writes each request it gets to the shared file. */
final class FileExporter<T extends Message> implements Exporter<T> {
    private final FileSink sink;

    FileExporter(FileSink sink) {
        this.sink = sink;
    }

    @Override
    public void start(Host host) {
        sink.start();
    }

    @Override
    public void consume(T data) {
        sink.write(data);
    }

    @Override
    public void shutdown() {
        sink.shutdown();
    }
}
