package dev.otelint.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A case on disk as otelint reads it and as the validator engineers get it:
 * {@code schemas/}, {@code records.ndjson} and, once judged, {@code verdicts.ndjson}.
 */
final class CaseFiles {

    /** System property naming the folder that receives {@code <case>-<mode>/} copies of every judged case. */
    static final String CORPUS_OUT_PROPERTY = "otelint.corpus.out";
    // OpenSearch quotes field values in its reasons, lone surrogates too: keep the file valid UTF-8
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Path dir;

    CaseFiles(Path dir) {
        this.dir = dir;
    }

    Path schemas() { return dir.resolve("schemas"); }
    Path records() { return dir.resolve("records.ndjson"); }
    Path verdicts() { return dir.resolve("verdicts.ndjson"); }

    static Optional<Path> corpusOut() {
        String out = System.getProperty(CORPUS_OUT_PROPERTY);
        return out == null || out.isBlank() ? Optional.empty() : Optional.of(Path.of(out));
    }

    /** Replaces whatever the dir held with these schemas and records. */
    CaseFiles write(SchemaSet schemas, List<String> records) {
        try {
            Directories.deleteRecursively(dir);
            schemas.writeTo(schemas());
            Files.write(records(), records, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        }
    }

    void writeVerdicts(List<Verdict> verdicts) {
        List<String> lines = verdicts.stream().map(CaseFiles::line).toList();
        try {
            Files.write(verdicts(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + verdicts(), e);
        }
    }

    private static String line(Verdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("record", v.record());
        o.put("accepted", v.accepted());
        o.put("reason", v.reason());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
