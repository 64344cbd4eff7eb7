package dev.otelint.collector.net;

import dev.otelint.collector.component.ConfigKey;

/** confighttp's compression_params: the level of the client's compression; 0 (unset) means the default level. */
public final class CompressionParams {
    @ConfigKey("level")
    public int level = 0;

    /**
     * The compression an HTTP client sends with: its {@code compression} setting at this level. Throws
     * IllegalArgumentException for a setting otelint cannot send or a level the encoding does not take (none:
     * any level is ignored, as in the collector).
     */
    public Compression resolve(String compression) {
        ContentEncoding encoding = ContentEncoding.ofSetting(compression);
        if (level != 0 && encoding != ContentEncoding.NONE) {
            encoding.checkLevel(level);
        }
        return new Compression(encoding, level == 0 ? ContentEncoding.DEFAULT_LEVEL : level);
    }
}
