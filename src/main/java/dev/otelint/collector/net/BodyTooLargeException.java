package dev.otelint.collector.net;

import java.io.IOException;

/** A request body (as sent, or once decompressed) went past the configured limit. */
public final class BodyTooLargeException extends IOException {
    public BodyTooLargeException(String message) {
        super(message);
    }
}
