package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;

/** What a {@link RecordSource} hands its records to. */
interface Feed {

    /** One export request of {@code signal}. */
    <T extends Message> void send(SignalType<T> signal, T request) throws InterruptedException;

    /** {@code records} the source could not read or decode (already reported as findings): never sent. */
    void unreadable(long records);

    /** False once push was asked to stop (Ctrl-C, --duration reached): sources end their pass early. */
    boolean running();
}
