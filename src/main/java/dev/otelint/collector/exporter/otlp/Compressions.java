package dev.otelint.collector.exporter.otlp;

import dev.otelint.collector.net.ContentEncoding;

/** The exporters' compression setting: the collector's names, those otelint can send. */
final class Compressions {
    private Compressions() {}

    /** The body encoding of an otlphttp compression name ("none" and "" send uncompressed). */
    static ContentEncoding http(String compression) {
        if (compression.isEmpty() || compression.equals("none")) {
            return ContentEncoding.NONE;
        }
        try {
            ContentEncoding encoding = ContentEncoding.of(compression);
            if (encoding != ContentEncoding.NONE) {
                return encoding;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException("unsupported compression type \"" + compression
                + "\" (otelint sends gzip, zstd, deflate or none)");
    }

    /** gRPC compression: gzip, or null for none (grpc-java has no zstd codec). */
    static String grpc(String compression) {
        if (compression.isEmpty() || compression.equals("none")) {
            return null;
        }
        if (compression.equals("gzip")) {
            return compression;
        }
        throw new IllegalArgumentException("unsupported compression type \"" + compression
                + "\" (otelint sends gzip or none over gRPC)");
    }
}
