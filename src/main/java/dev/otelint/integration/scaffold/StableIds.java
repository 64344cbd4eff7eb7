package dev.otelint.integration.scaffold;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Saved-object ids that stay the same each time an integration is generated and differ between
 * integrations: UUID version 5 (RFC 4122 section 4.3, SHA-1) of {@code "<integration>/<key>"}.
 */
public final class StableIds {

    /** The namespace of otelint's saved-object ids (documented in integrations-template/TEMPLATE.md). */
    public static final UUID NAMESPACE = UUID.fromString("da3b1564-86da-4b9e-9500-8378141c2c0f");

    private StableIds() {}

    public static UUID of(String integration, String key) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        ByteBuffer namespace = ByteBuffer.allocate(16)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits());
        sha1.update(namespace.array());
        byte[] hash = sha1.digest((integration + "/" + key).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
