package dev.otelint.collector.net;

import java.util.ArrayList;
import java.util.List;

/** The TLS versions configtls accepts ("1.0" to "1.3"), as JSSE protocol names. */
final class TlsVersions {
    private static final List<String> VERSIONS = List.of("1.0", "1.1", "1.2", "1.3");

    private TlsVersions() {}

    /** The JSSE protocols from min to max (an empty max is the newest). */
    static String[] protocols(String min, String max) {
        int from = index(min.isEmpty() ? "1.2" : min, "min");
        int to = max.isEmpty() ? VERSIONS.size() - 1 : index(max, "max");
        if (to < from) {
            throw new IllegalArgumentException("invalid TLS configuration: min_version cannot be greater than max_version");
        }
        List<String> names = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            names.add("TLSv" + VERSIONS.get(i));
        }
        return names.toArray(String[]::new);
    }

    private static int index(String version, String which) {
        int i = VERSIONS.indexOf(version);
        if (i < 0) {
            throw new IllegalArgumentException("invalid TLS " + which + "_version: unsupported TLS version: \""
                    + version + "\"");
        }
        return i;
    }
}
