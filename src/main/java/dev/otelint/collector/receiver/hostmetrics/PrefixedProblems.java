package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.ConfigBinder;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigSource;
import java.util.function.Consumer;

/**
 * Decoding problems of a section bound on its own (a scraper's settings, one metric's switch), turned into
 * config errors as the collector words them: {@code prefix} first ("error reading settings for scraper type
 * \"cpu\": "), and the binder's key paths, relative to the section, placed under {@code path}.
 */
final class PrefixedProblems implements ConfigBinder.Problems {
    private final String prefix;
    private final String path;
    private final Consumer<ConfigException> errors;

    PrefixedProblems(String prefix, String path, Consumer<ConfigException> errors) {
        this.prefix = prefix;
        this.path = path;
        this.errors = errors;
    }

    @Override
    public void error(String message, ConfigSource at) {
        errors.accept(new ConfigException(prefix + underPath(message), at));
    }

    @Override
    public void unsupported(String message, ConfigSource at) {
        error(message, at); // a scraper setting otelint cannot apply would change what it scrapes
    }

    /** "'' has invalid keys: x" becomes "'PATH' has invalid keys: x", "'enabled' ..." "'PATH.enabled' ...". */
    private String underPath(String message) {
        if (path.isEmpty() || !message.startsWith("'")) {
            return message;
        }
        return message.startsWith("''") ? "'" + path + message.substring(1) : "'" + path + "." + message.substring(1);
    }
}
