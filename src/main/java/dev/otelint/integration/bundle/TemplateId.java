package dev.otelint.integration.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The saved-object id of an integration template: a name-based UUID (version 5, SHA-1; RFC 9562 section 5.5)
 * computed as the opensearch-catalog bundler computes it, so that a template bundled by otelint replaces the
 * one bundled upstream instead of sitting beside it.
 */
public final class TemplateId {
    /** The namespace UUID of the opensearch-catalog bundler (cli/src/bundle/bundle.py, NAMESPACE_OS_CATALOG). */
    public static final UUID CATALOG_NAMESPACE = UUID.fromString("f21aff9f-a6b3-43eb-85af-5ce18a880430");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TemplateId() {}

    /** The id of a template: UUIDv5 in {@link #CATALOG_NAMESPACE} of {@link #name}. */
    public static UUID of(String name, String type, String version) {
        return uuid5(CATALOG_NAMESPACE, name(name, type, version));
    }

    /**
     * The hashed name: the JSON array {@code ["name","type","version"]}, minified and ASCII-only, which is what
     * the upstream bundler hashes (Python's {@code json.dumps(..., separators=(",", ":"))}).
     */
    public static String name(String name, String type, String version) {
        StringBuilder sb = new StringBuilder("[");
        quote(sb, name).append(',');
        quote(sb, type).append(',');
        return quote(sb, version).append(']').toString();
    }

    /** RFC 9562 section 5.5: SHA-1 of namespace bytes then name bytes, version 5 and variant bits set. */
    public static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    // Python's json.dumps with ensure_ascii: short escapes for " \ \n \r \t \b \f, lowercase \\u00xx for the rest.
    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
