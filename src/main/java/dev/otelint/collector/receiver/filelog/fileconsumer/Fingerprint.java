package dev.otelint.collector.receiver.filelog.fileconsumer;

import java.util.Arrays;
import java.util.Base64;

/**
 * The first bytes of a file (up to fingerprint_size), which identify it across renames: a file whose first
 * bytes start with a known fingerprint is that file, grown (stanza's fingerprint.StartsWith).
 */
public record Fingerprint(byte[] bytes) {

    public boolean startsWith(Fingerprint known) {
        return known.bytes.length > 0 && bytes.length >= known.bytes.length
                && Arrays.equals(bytes, 0, known.bytes.length, known.bytes, 0, known.bytes.length);
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static Fingerprint ofBase64(String text) {
        return new Fingerprint(Base64.getDecoder().decode(text));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
