package dev.otelint.migrate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.catalog.DeprecatedNames;
import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.records.InputRules;
import dev.otelint.report.FindingSink;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renames deprecated attribute names in one file of JSON records (NDJSON, a JSON array, one document,
 * OTLP/JSON): member names that hold a whole deprecated name, bare or under an attribute object
 * ({@link DeprecatedNames}), and the {@code key} strings of OTLP attribute lists. The file is read
 * twice, streaming: a parser finds the edits, and a copy applies them each time a record ends, so
 * memory holds one record's edits, not the file.
 */
final class RecordMigrator {
    private static final JsonFactory JSON = new JsonFactory();

    private final SemconvRegistry registry;
    private final LeftAlone leftAlone;
    private final FindingSink sink;
    private final Deque<RecordScope> scopes = new ArrayDeque<>();
    private final List<RecordScope.Candidate> ready = new ArrayList<>();
    private JsonParser parser;
    private EditedCopy copy;
    private long record;
    private int renames;

    RecordMigrator(SemconvRegistry registry, String file, FindingSink sink) {
        this.registry = registry;
        this.leftAlone = new LeftAlone(registry, file);
        this.sink = sink;
    }

    /**
     * Copies the text of {@code parsed} (read again from {@code copied}) to {@code out} with the renames
     * made; returns how many. A file that is not valid JSON is reported and gets no renames (0).
     */
    int migrate(String file, Reader parsed, Reader copied, Writer out) throws IOException {
        copy = new EditedCopy(copied, out);
        try (JsonParser p = JSON.createParser(parsed)) {
            parser = p;
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                onToken(token);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            sink.accept(InputRules.JSON_SYNTAX.finding().file(file).at(line, column)
                    .message("not valid JSON: " + e.getOriginalMessage() + "; the file is left unchanged")
                    .build());
            return 0;
        }
        flush();
        copy.finish();
        return renames;
    }

    private void onToken(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> open(token == JsonToken.START_ARRAY);
            case END_OBJECT, END_ARRAY -> close();
            case FIELD_NAME -> memberName(parser.currentName());
            case VALUE_STRING -> stringValue();
            default -> { }
        }
    }

    private void open(boolean array) {
        RecordScope parent = scopes.peek();
        if (!array && (parent == null || parent.isArray() && scopes.size() == 1)) {
            record++;
        }
        scopes.push(parent == null ? RecordScope.root(array) : parent.child(array));
    }

    /** How many records were read. */
    long records() {
        return record;
    }

    private void close() throws IOException {
        decide(scopes.pop());
        // A record ends at the top level or as an element of a top-level array: its edits are final.
        if (scopes.isEmpty() || scopes.size() == 1 && scopes.peek().isArray()) {
            flush();
        }
    }

    private void memberName(String name) {
        RecordScope scope = scopes.element();
        scope.name(name);
        if (scope.isOtlpAttribute()) {
            return; // "key" and "value" are OTLP's structure, not fields
        }
        String path = scope.pathOf(name);
        DeprecatedNames.Deprecation found = DeprecatedNames.find(path, registry);
        if (found == null) {
            return;
        }
        int keyStart = path.length() - name.length();
        if (found.start() < keyStart) {
            sink.accept(leftAlone.unrenamed(found, line(), where(), path, path,
                    "it is written as nested objects; only a member name that holds the whole name is renamed"));
        } else if (found.replacement() == null) {
            sink.accept(leftAlone.manual(line(), where(), path, path, found.attribute()));
        } else {
            scope.candidates().add(candidate(name, found.fixedField().substring(keyStart), path));
        }
    }

    /** The string value of an OTLP attribute's "key" member names the attribute. */
    private void stringValue() throws IOException {
        RecordScope scope = scopes.element();
        if (!scope.isOtlpAttribute() || !"key".equals(scope.lastName())) {
            return;
        }
        String key = parser.getText();
        RecordScope list = parentOf(scope);
        list.attributeKey(key);
        SemconvAttribute attribute = registry.attribute(key);
        if (attribute == null || !attribute.isDeprecated()) {
            return;
        }
        String path = "attributes[key=" + key + "]";
        String renamed = attribute.deprecation().renamedTo();
        if (renamed == null) {
            sink.accept(leftAlone.manual(line(), where(), path, key, attribute.id()));
        } else {
            list.candidates().add(candidate(key, renamed, path));
        }
    }

    private RecordScope parentOf(RecordScope scope) {
        var it = scopes.iterator();
        it.next();
        return it.next();
    }

    /** The name starts after the opening quote of the token. */
    private RecordScope.Candidate candidate(String written, String replacement, String path) {
        long offset = parser.currentTokenLocation().getCharOffset() + 1;
        return new RecordScope.Candidate(new TextEdit(offset, written, replacement), line(), record, path);
    }

    private void decide(RecordScope scope) {
        Set<String> taken = new HashSet<>();
        for (RecordScope.Candidate c : scope.candidates()) {
            String replacement = c.edit().replacement();
            if (scope.holds(replacement) || !taken.add(replacement)) {
                sink.accept(leftAlone.collision(c.line(), "record " + c.record(), c.path(), c.edit().original(),
                        replacement));
            } else {
                ready.add(c);
            }
        }
    }

    private void flush() throws IOException {
        ready.sort(Comparator.comparingLong(c -> c.edit().offset()));
        for (RecordScope.Candidate c : ready) {
            if (copy.apply(c.edit())) {
                renames++;
            } else {
                sink.accept(leftAlone.notRewritable(c.line(), "record " + c.record(), c.path(), c.edit().original(),
                        c.edit().replacement(), "it is spelled with JSON escapes"));
            }
        }
        ready.clear();
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private String where() {
        return "record " + record;
    }
}
