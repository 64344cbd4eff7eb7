package dev.otelint.collector.net;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.rpc.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The google.rpc.Status an OTLP/HTTP error response carries (OTLP spec, "Failures"), in the request's
 * encoding: protobuf, or JSON ({"code": 3, "message": "..."}).
 */
public final class RpcStatus {
    /** gRPC codes used by the receiver. */
    public static final int INVALID_ARGUMENT = 3;
    public static final int UNAVAILABLE = 14;

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_TEXT = 200;

    private RpcStatus() {}

    public static byte[] encode(int code, String message, boolean json) {
        if (!json) {
            return Status.newBuilder().setCode(code).setMessage(message).build().toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("code", code);
            g.writeStringField("message", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The message of an error body in either encoding, or the body as text when it is neither. */
    public static String message(byte[] body, boolean json) {
        if (body.length == 0) {
            return "";
        }
        try {
            return json ? MAPPER.readTree(body).path("message").asText() : Status.parseFrom(body).getMessage();
        } catch (IOException | RuntimeException e) {
            return new String(body, 0, Math.min(body.length, MAX_TEXT), StandardCharsets.UTF_8);
        }
    }
}
