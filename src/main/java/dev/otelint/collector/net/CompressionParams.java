package dev.otelint.collector.net;

import dev.otelint.collector.component.ConfigKey;

/** confighttp's compression_params: the level of the client's compression; 0 (unset) means the default level. */
public final class CompressionParams {
    @ConfigKey("level")
    public int level = 0;

    /** Checks the level against the encoding it applies to (none: any level is ignored, as in the collector). */
    public void validate(ContentEncoding encoding) {
        if (level != 0 && encoding != ContentEncoding.NONE) {
            encoding.checkLevel(level);
        }
    }

    /** The compression a client sends with: {@code encoding} at this level. */
    public Compression of(ContentEncoding encoding) {
        return new Compression(encoding, level == 0 ? ContentEncoding.DEFAULT_LEVEL : level);
    }
}
