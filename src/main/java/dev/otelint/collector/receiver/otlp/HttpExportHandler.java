package dev.otelint.collector.receiver.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.WireEncodings;
import dev.otelint.collector.net.BodyTooLargeException;
import dev.otelint.collector.net.ContentEncoding;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.collector.net.RpcStatus;
import dev.otelint.records.OtlpJsonMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * OTLP/HTTP export requests, answered as the collector's otlp receiver does: 404 for an unknown path, 405
 * (Allow: POST) for another method, 415 for a content type other than application/x-protobuf or
 * application/json, 400 with a google.rpc.Status in the request's encoding for a body that does not read or
 * decode, 503 (Unavailable) with Retry-After when the pipeline refuses the data, else 200 with an empty export
 * response: the receiver takes a request whole or not at all, so partial_success is never set.
 */
final class HttpExportHandler implements HttpHandler {
    static final String PROTOBUF = "application/x-protobuf";
    static final String JSON = "application/json";
    /** Seconds a refused sender is asked to wait before it retries. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final Map<String, HttpRoute<?>> routes;
    private final Cors cors;
    private final long bodyLimit;

    HttpExportHandler(Map<String, HttpRoute<?>> routes, Cors cors, long bodyLimit) {
        this.routes = routes;
        this.cors = cors;
        this.bodyLimit = bodyLimit;
    }

    /** A signal's path, service and the consumer its data goes to. */
    record HttpRoute<Q extends Message>(OtlpService<Q, ?> service, Consumer<Q> consumer) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (cors != null) {
                if (Cors.isPreflight(exchange.getRequestMethod(), exchange.getRequestHeaders())) {
                    boolean ok = cors.preflight(exchange.getRequestHeaders(), exchange.getResponseHeaders());
                    exchange.sendResponseHeaders(ok ? 204 : 403, -1);
                    return;
                }
                cors.actual(exchange.getRequestHeaders(), exchange.getResponseHeaders());
            }
            HttpRoute<?> route = routes.get(exchange.getRequestURI().getPath());
            if (route == null) {
                text(exchange, 404, "404 page not found");
                return;
            }
            handleExport(exchange, route);
        }
    }

    private <Q extends Message> void handleExport(HttpExchange exchange, HttpRoute<Q> route) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            text(exchange, 405, "405 method not allowed, supported: [POST]");
            return;
        }
        String mediaType = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
        boolean json = mediaType.equals(JSON);
        if (!json && !mediaType.equals(PROTOBUF)) {
            text(exchange, 415, "415 unsupported media type, supported: [" + JSON + ", " + PROTOBUF + "]");
            return;
        }
        Q request;
        try {
            byte[] body = ContentEncoding.of(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    .readBody(exchange.getRequestBody(), bodyLimit, contentLength(exchange));
            request = decode(route.service(), body, json);
        } catch (BodyTooLargeException e) {
            status(exchange, 400, RpcStatus.INVALID_ARGUMENT, e.getMessage() + " (max_request_body_size)", json);
            return;
        } catch (IOException | RuntimeException e) { // a broken body in any layer: compression, protobuf, JSON
            status(exchange, 400, RpcStatus.INVALID_ARGUMENT, reason(e), json);
            return;
        }
        try {
            route.consumer().accept(request);
        } catch (ConsumeException e) {
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            status(exchange, 503, RpcStatus.UNAVAILABLE, "Service Unavailable", json);
            return;
        }
        Message response = route.service().emptyResponse();
        send(exchange, 200, json ? JSON : PROTOBUF, json ? "{}".getBytes(StandardCharsets.UTF_8) : response.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private static <Q extends Message> Q decode(OtlpService<Q, ?> service, byte[] body, boolean json)
            throws InvalidProtocolBufferException {
        Message.Builder builder = service.signal().empty().newBuilderForType();
        if (json) {
            return (Q) OtlpJsonMessages.decode(body, builder).build();
        }
        Q request = (Q) service.signal().empty().getParserForType().parseFrom(body);
        WireEncodings.remember(request, body);
        return request;
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidProtocolBufferException) {
            return "proto: cannot parse invalid wire-format data: " + e.getMessage();
        }
        if (e instanceof java.util.zip.ZipException || e instanceof io.airlift.compress.MalformedInputException) {
            return "invalid compressed body: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The Content-Length, or -1 (chunked, or not a number): only a hint for sizing the body's buffer. */
    private static long contentLength(HttpExchange exchange) {
        try {
            return Long.parseLong(exchange.getRequestHeaders().getFirst("Content-Length"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The media type without parameters ("application/json; charset=utf-8" is JSON), lower case. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static void status(HttpExchange exchange, int http, int code, String message, boolean json)
            throws IOException {
        send(exchange, http, json ? JSON : PROTOBUF, RpcStatus.encode(code, message, json));
    }

    private static void text(HttpExchange exchange, int http, String message) throws IOException {
        send(exchange, http, "text/plain", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int http, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(http, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
