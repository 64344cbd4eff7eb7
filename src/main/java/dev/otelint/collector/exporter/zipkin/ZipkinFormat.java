package dev.otelint.collector.exporter.zipkin;

import java.util.List;
import java.util.function.Function;

/** The exporter's format setting: the request body and its Content-Type (zipkin-go's JSON and proto3 serializers). */
enum ZipkinFormat {
    JSON("json", "application/json", ZipkinJson::encode),
    PROTO("proto", "application/x-protobuf", ZipkinProto::encode);

    private final String setting;
    private final String contentType;
    private final Function<List<ZipkinSpan>, byte[]> encoder;

    ZipkinFormat(String setting, String contentType, Function<List<ZipkinSpan>, byte[]> encoder) {
        this.setting = setting;
        this.contentType = contentType;
        this.encoder = encoder;
    }

    /** The format named in the config, with zipkinexporter's message for any other name. */
    static ZipkinFormat of(String setting) {
        for (ZipkinFormat f : values()) {
            if (f.setting.equals(setting)) {
                return f;
            }
        }
        throw new IllegalArgumentException(setting + " is not one of json or proto");
    }

    String contentType() {
        return contentType;
    }

    byte[] encode(List<ZipkinSpan> spans) {
        return encoder.apply(spans);
    }
}
