package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.catalog.MappingCatalog.Kind;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads catalog/mappings/index.json with Jackson's streaming parser: it runs at every {@code validate}, so it
 * avoids building an ObjectMapper. Shape: {"signals": {signal: path}, "files": [{name, version, signal, kind, path}]}.
 */
final class MappingIndexReader {

    private static final JsonFactory JSON = new JsonFactory();

    private MappingIndexReader() {}

    static MappingCatalog read(InputStream in, String root) throws IOException {
        Map<String, String> signalPaths = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, "an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "signals" -> signalPaths.putAll(readStrings(p));
                    case "files" -> entries.addAll(readEntries(p, root));
                    default -> p.skipChildren();
                }
            }
        }
        return new MappingCatalog(entries, indexTemplates(signalPaths, entries, root));
    }

    private static List<Entry> readEntries(JsonParser p, String root) throws IOException {
        expect(p, p.currentToken() == JsonToken.START_ARRAY, "\"files\" to be an array");
        List<Entry> entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> f = readObjectStrings(p);
            entries.add(new Entry(required(f, "name"), required(f, "version"), signal(required(f, "signal")),
                    Kind.parse(required(f, "kind")), root + required(f, "path")));
        }
        return entries;
    }

    private static Map<String, String> readStrings(JsonParser p) throws IOException {
        expect(p, p.currentToken() == JsonToken.START_OBJECT, "an object of strings");
        return readObjectStrings(p);
    }

    private static Map<String, String> readObjectStrings(JsonParser p) throws IOException {
        Map<String, String> values = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            expect(p, p.nextToken() == JsonToken.VALUE_STRING, "a string for \"" + key + "\"");
            values.put(key, p.getText());
        }
        return values;
    }

    private static Map<Signal, Entry> indexTemplates(Map<String, String> signalPaths, List<Entry> entries, String root) {
        Map<Signal, Entry> templates = new EnumMap<>(Signal.class);
        signalPaths.forEach((label, path) -> templates.put(signal(label), entryAt(entries, root + path)));
        return templates;
    }

    private static Entry entryAt(List<Entry> entries, String resource) {
        for (Entry e : entries) {
            if (e.resource().equals(resource) && e.kind() == Kind.INDEX_TEMPLATE) {
                return e;
            }
        }
        throw new IllegalStateException(MappingCatalog.INDEX + ": " + resource + " is not a listed index template");
    }

    private static Signal signal(String label) {
        try {
            return Signal.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(MappingCatalog.INDEX + ": unknown signal '" + label + "'", e);
        }
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalStateException(MappingCatalog.INDEX + ": an entry of \"files\" lacks \"" + key + "\"");
        }
        return value;
    }

    private static void expect(JsonParser p, boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(MappingCatalog.INDEX + ":" + p.currentLocation().getLineNr()
                    + ": expected " + what);
        }
    }
}
