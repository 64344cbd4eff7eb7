package dev.otelint.collector.exporter.otlp;

/** The exporters' compression setting: the collector's names, those otelint can send. */
final class Compressions {
    private Compressions() {}

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
