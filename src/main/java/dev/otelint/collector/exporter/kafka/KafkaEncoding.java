package dev.otelint.collector.exporter.kafka;

import com.google.protobuf.Message;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import dev.otelint.records.Signal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** How a message's value is written: the OTLP export request as protobuf or as OTLP/JSON, as in contrib. */
enum KafkaEncoding {
    OTLP_PROTO("otlp_proto"),
    OTLP_JSON("otlp_json");

    // kafkaexporter's other built-in encodings, and the signal each is for
    private static final Map<String, Signal> CONTRIB_ONLY = Map.of("jaeger_proto", Signal.TRACES,
            "jaeger_json", Signal.TRACES, "zipkin_proto", Signal.TRACES, "zipkin_json", Signal.TRACES, "raw", Signal.LOGS);

    private final String configName;

    KafkaEncoding(String configName) {
        this.configName = configName;
    }

    /** The encoding named {@code name} for {@code signal}; IllegalArgumentException when otelint has none. */
    static KafkaEncoding of(String name, Signal signal) {
        for (KafkaEncoding e : values()) {
            if (e.configName.equals(name)) {
                return e;
            }
        }
        List<String> names = List.of(OTLP_PROTO.configName, OTLP_JSON.configName);
        Signal contribSignal = CONTRIB_ONLY.get(name);
        if (contribSignal == signal) {
            throw new IllegalArgumentException(signal.label() + "::encoding \"" + name + "\" is known to "
                    + "otelcol-contrib, not supported by otelint (otelint has: " + String.join(", ", names) + ")");
        }
        // contrib reads any other name as the id of an encoding extension, which otelint does not have
        throw new IllegalArgumentException(signal.label() + "::encoding \"" + name + "\": unsupported encoding for "
                + signal.label() + " (otelint has: " + String.join(", ", names) + ")");
    }

    byte[] encode(Message request) {
        return this == OTLP_PROTO ? request.toByteArray() : OtlpJsonLine.of(request).getBytes(StandardCharsets.UTF_8);
    }
}
