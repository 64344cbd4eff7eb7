package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.exporter.helper.LogFields;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.records.OtlpJsonMessages;

/**
 * The partial_success of an export response (OTLP spec, "Partial Success"): the request was taken, but the
 * server rejected some items, or warns. Not retried; logged as the collector's exporters do. The three responses
 * share one shape: partial_success (1) holds the rejected count (1) and error_message (2).
 */
final class PartialSuccess {
    private static final int PARTIAL_SUCCESS = 1;
    private static final int REJECTED = 1;
    private static final int ERROR_MESSAGE = 2;

    private PartialSuccess() {}

    static SendResult log(ComponentSettings settings, SignalType<?> signal, byte[] body, boolean json) {
        Message empty = OtlpService.of(signal).emptyResponse();
        Message response;
        try {
            response = body.length == 0 ? empty
                    : json ? OtlpJsonMessages.decode(body, empty.newBuilderForType()).build()
                    : empty.getParserForType().parseFrom(body);
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return SendResult.allTaken(); // the request was taken; an unreadable answer tells nothing more
        }
        return log(settings, signal, response);
    }

    private static String droppedKey(SignalType<?> signal) {
        return switch (signal.signal()) {
            case TRACES -> "dropped_spans";
            case METRICS -> "dropped_data_points";
            case LOGS -> "dropped_log_records";
        };
    }

    /** Logs a partial success as the collector does and returns the items the server rejected. */
    static SendResult log(ComponentSettings settings, SignalType<?> signal, Message response) {
        FieldDescriptor field = response.getDescriptorForType().findFieldByNumber(PARTIAL_SUCCESS);
        if (!response.hasField(field)) {
            return SendResult.allTaken();
        }
        Message partial = (Message) response.getField(field);
        long rejected = (Long) partial.getField(partial.getDescriptorForType().findFieldByNumber(REJECTED));
        String message = (String) partial.getField(partial.getDescriptorForType().findFieldByNumber(ERROR_MESSAGE));
        if (rejected > 0 || !message.isEmpty()) {
            settings.log().warn("Partial success response",
                    LogFields.of(settings, signal, "message", message, droppedKey(signal), rejected));
        }
        return SendResult.rejected(rejected, message);
    }
}
