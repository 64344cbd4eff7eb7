package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;

/** What a {@link RecordSource} hands its records to. */
interface Feed {

    /** One export request of {@code signal}. */
    <T extends Message> void send(SignalType<T> signal, T request) throws InterruptedException;

    /**
     * One Simple Schema document, before decoding: targets that index documents as they are (OpenSearch without
     * --config) get it now. Returns whether the document should also be decoded and given to
     * {@link #sendDecoded} (some target takes it as OTLP).
     */
    boolean document(Signal signal, JsonValue document) throws InterruptedException;

    /** The OTLP request decoded from the document last given to {@link #document}. */
    <T extends Message> void sendDecoded(SignalType<T> signal, T request) throws InterruptedException;

    /** {@code records} the source could not read or decode (already reported as findings): never sent. */
    void unreadable(long records);

    /** False once push was asked to stop (Ctrl-C, --duration reached): sources end their pass early. */
    boolean running();
}
