package dev.otelint.integration;

import dev.otelint.records.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An integration's parsed config file with typed views of the entries the layout rules and the bundler
 * need. The views are lenient: an entry of the wrong shape is left out (the config schema reports it),
 * so they never fail on a broken config.
 */
public final class IntegrationConfig {

    /**
     * A {@code components[]} entry: its mapping is {@code schemas/<name>-<version>.mapping.json}. Every view
     * keeps its node and its JSON pointer ({@code /components/0}) for findings.
     */
    public record Component(String name, String version, String pointer, JsonValue node) {
        public String fileName() { return name + "-" + version + ".mapping.json"; }
    }

    /** An {@code assets[]} entry: its file is {@code assets/<name>-<version>.<extension>}. */
    public record Asset(String name, String version, String extension, String type, List<String> workflows,
                        String pointer, JsonValue node) {
        public String fileName() { return name + "-" + version + "." + extension; }
    }

    /** A file named under {@code statics} ({@code /statics/logo}, {@code /statics/gallery/1}...); it is under static/. */
    public record StaticFile(String path, String pointer, JsonValue node) {}

    private final Path file;
    private final JsonValue tree;
    private final boolean ndjson;

    public IntegrationConfig(Path file, JsonValue tree, boolean ndjson) {
        this.file = file;
        this.tree = tree;
        this.ndjson = ndjson;
    }

    public Path file() { return file; }
    /** The whole parsed file, with positions. */
    public JsonValue tree() { return tree; }
    /** True when the file only parsed as NDJSON: {@link #tree()} is then the array of its lines. */
    public boolean ndjson() { return ndjson; }

    public Optional<String> name() { return text(tree, "name"); }
    public Optional<String> version() { return text(tree, "version"); }
    public Optional<String> type() { return text(tree, "type"); }

    public List<Component> components() {
        List<Component> result = new ArrayList<>();
        List<JsonValue> entries = array(tree, "components");
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            Optional<String> name = text(entry, "name");
            Optional<String> version = text(entry, "version");
            if (name.isPresent() && version.isPresent()) {
                result.add(new Component(name.get(), version.get(), "/components/" + i, entry));
            }
        }
        return result;
    }

    public List<Asset> assets() {
        List<Asset> result = new ArrayList<>();
        List<JsonValue> entries = array(tree, "assets");
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            Optional<String> name = text(entry, "name");
            Optional<String> version = text(entry, "version");
            Optional<String> extension = text(entry, "extension");
            if (name.isPresent() && version.isPresent() && extension.isPresent()) {
                result.add(new Asset(name.get(), version.get(), extension.get(), text(entry, "type").orElse(null),
                        strings(array(entry, "workflows")), "/assets/" + i, entry));
            }
        }
        return result;
    }

    /** The names of the declared {@code workflows[]}. */
    public List<String> workflowNames() {
        List<String> names = new ArrayList<>();
        for (JsonValue workflow : array(tree, "workflows")) {
            text(workflow, "name").ifPresent(names::add);
        }
        return names;
    }

    /** Every file {@code statics} names: logo, gallery[], darkModeLogo, darkModeGallery[], in that order. */
    public List<StaticFile> statics() {
        List<StaticFile> result = new ArrayList<>();
        JsonValue statics = member(tree, "statics");
        for (String single : List.of("logo", "darkModeLogo")) {
            JsonValue entry = member(statics, single);
            text(entry, "path").ifPresent(p -> result.add(new StaticFile(p, "/statics/" + single, entry)));
        }
        for (String gallery : List.of("gallery", "darkModeGallery")) {
            List<JsonValue> entries = array(statics, gallery);
            for (int i = 0; i < entries.size(); i++) {
                JsonValue entry = entries.get(i);
                String pointer = "/statics/" + gallery + "/" + i;
                text(entry, "path").ifPresent(p -> result.add(new StaticFile(p, pointer, entry)));
            }
        }
        return result;
    }

    /** {@code sampleData.path}, a file under data/. */
    public Optional<String> sampleDataPath() {
        return text(member(tree, "sampleData"), "path");
    }

    /** The value of a top-level member, or null. */
    public JsonValue member(String name) {
        return member(tree, name);
    }

    private static JsonValue member(JsonValue object, String name) {
        return object != null && object.isObject() ? object.get(name) : null;
    }

    private static Optional<String> text(JsonValue object, String name) {
        JsonValue value = member(object, name);
        return value != null && value.isString() ? Optional.of(value.text()) : Optional.empty();
    }

    private static List<JsonValue> array(JsonValue object, String name) {
        JsonValue value = member(object, name);
        return value != null && value.isArray() ? value.elements() : List.of();
    }

    private static List<String> strings(List<JsonValue> values) {
        return values.stream().filter(JsonValue::isString).map(JsonValue::text).toList();
    }
}
