package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes registry.json, the compiled form of a semantic-conventions model (format:
 * docs/catalog.md). One attribute, metric or group per line, everything sorted, so versions diff readably.
 */
public final class SemconvRegistryFile {

    public static final String FILE_NAME = "registry.json";
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SemconvRegistryFile() {}

    public static void write(SemconvRegistry registry, Writer out) throws IOException {
        SemconvRegistryWriter.write(registry, out);
    }

    public static SemconvRegistry read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a registry.json; {@code source} names it in errors. */
    public static SemconvRegistry read(InputStream in, String source) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return new SemconvRegistryReader(parser, source).registry();
        } catch (JsonProcessingException e) {
            throw BadInputException.at(source, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read: " + e.getMessage(), e);
        }
    }
}
