package dev.otelint.integration.scaffold;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files of an integration template are read from: the jar's {@code integrations-template/}
 * (there is no classpath scanning, so manifest.json names every file) or a folder given with --template.
 */
public interface TemplateSource {

    /** The text of a template file, empty when there is no such file. */
    Optional<String> find(String path);

    /** How a template file is named in messages: a path on disk or {@code integrations-template/...}. */
    String describe(String path);

    /** The text of a template file that must exist. */
    default String read(String path) {
        return find(path).orElseThrow(() -> new BadInputException(describe(path) + ": template file is missing"));
    }

    /** The template packaged with otelint. */
    static TemplateSource builtin() {
        return new TemplateSource() {
            private static final String ROOT = "integrations-template/";

            @Override
            public Optional<String> find(String path) {
                try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(ROOT + path)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + ROOT + path, e);
                }
            }

            @Override
            public String describe(String path) {
                return ROOT + path;
            }
        };
    }

    /** A template folder on disk, laid out like integrations-template/. */
    static TemplateSource directory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root + ": no such template directory");
        }
        return new TemplateSource() {
            @Override
            public Optional<String> find(String path) {
                Path file = root.resolve(path).normalize();
                if (!file.startsWith(root.normalize())) {
                    throw new BadInputException(describe("manifest.json") + ": source " + path
                            + " is outside the template directory");
                }
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}
