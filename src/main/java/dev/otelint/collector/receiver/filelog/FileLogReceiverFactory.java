package dev.otelint.collector.receiver.filelog;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.util.EnumSet;
import java.util.Set;

/** The "filelog" receiver: follows log files and turns each entry into an OTLP log record. Logs only. */
public final class FileLogReceiverFactory implements ReceiverFactory<FileLogConfig> {
    @Override
    public String type() {
        return "filelog";
    }

    @Override
    public FileLogConfig createDefaultConfig() {
        return new FileLogConfig();
    }

    @Override
    public Set<Signal> signals() {
        return EnumSet.of(Signal.LOGS);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings,
                                                        FileLogConfig config, TelemetryConsumer<T> next) {
        if (signal != SignalType.LOGS) {
            throw new IllegalArgumentException("the filelog receiver makes logs only, not " + signal);
        }
        return new FileLogReceiver(settings, config, (TelemetryConsumer<ExportLogsServiceRequest>) next);
    }
}
