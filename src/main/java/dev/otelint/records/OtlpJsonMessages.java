package dev.otelint.records;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.google.protobuf.Message;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One OTLP/JSON document (an export request or response) decoded into its message, for callers that take
 * a whole message at once (the otlp receiver's HTTP handler). Decoding follows {@link OtlpJsonDecoder}; unknown
 * fields are ignored, as the OTLP spec requires of receivers; any other problem rejects the document.
 */
public final class OtlpJsonMessages {
    private OtlpJsonMessages() {}

    /** Merges {@code json} into {@code builder}; throws IllegalArgumentException naming the first bad value. */
    public static <B extends Message.Builder> B decode(byte[] json, B builder) {
        JsonValue tree;
        try (JsonParser p = JsonTreeReader.factory().createParser(json)) {
            tree = new JsonTreeReader(p, 0).readValue(p.nextToken());
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("unexpected content after the JSON value at line "
                        + p.currentLocation().getLineNr());
            }
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + " column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (!tree.isObject()) {
            throw new IllegalArgumentException("expected a JSON object at line 1");
        }
        List<Finding> errors = new ArrayList<>();
        new OtlpJsonDecoder("", f -> {
            if (f.rule().equals(InputRules.OTLP_DECODE.id())) {
                errors.add(f);
            }
        }).decode(tree, builder, "");
        if (!errors.isEmpty()) {
            Finding first = errors.get(0);
            throw new IllegalArgumentException(first.message() + " (line " + first.line() + ")");
        }
        return builder;
    }
}
