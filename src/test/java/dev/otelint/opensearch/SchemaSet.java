package dev.otelint.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The template files of one schemas/ dir, named {@code <name>-<version>.mapping.json} as otelint reads
 * them: exactly one index template (the file with index_patterns) and the component templates its
 * composed_of names.
 */
final class SchemaSet {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE_NAME = Pattern.compile("(.+)-(\\d+(?:\\.\\d+)*)\\.mapping\\.json");

    /** One file; {@code text} is what is installed and written, byte for byte. */
    record TemplateFile(String fileName, String name, String text, ObjectNode json) {
        boolean isIndexTemplate() {
            return json.has("index_patterns");
        }
    }

    private final List<TemplateFile> files;

    private SchemaSet(List<TemplateFile> files) {
        this.files = List.copyOf(files);
        indexTemplate(); // fail early on a dir without exactly one index template
        componentTemplates();
    }

    static SchemaSet read(Path dir) {
        List<TemplateFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                files.add(readFile(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas dir " + dir, e);
        }
        return new SchemaSet(files);
    }

    private static TemplateFile readFile(Path p) throws IOException {
        String fileName = p.getFileName().toString();
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(p + ": expected a file named <name>-<version>.mapping.json");
        }
        String text = Files.readString(p, StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(text);
        if (!(json instanceof ObjectNode object)) {
            throw new IllegalArgumentException(p + ": expected a JSON object");
        }
        return new TemplateFile(fileName, m.group(1), text, object);
    }

    List<TemplateFile> files() {
        return files;
    }

    TemplateFile indexTemplate() {
        List<TemplateFile> found = files.stream().filter(TemplateFile::isIndexTemplate).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected exactly one index template (a file with index_patterns), found "
                    + found.stream().map(TemplateFile::fileName).toList());
        }
        return found.get(0);
    }

    /** The component templates in composed_of order, which is the order OpenSearch merges them in. */
    List<TemplateFile> componentTemplates() {
        Map<String, TemplateFile> byName = new TreeMap<>();
        files.stream().filter(f -> !f.isIndexTemplate()).forEach(f -> byName.put(f.name(), f));
        List<TemplateFile> ordered = new ArrayList<>();
        for (JsonNode name : indexTemplate().json().path("composed_of")) {
            TemplateFile f = byName.get(name.asText());
            if (f == null) {
                throw new IllegalArgumentException("composed_of names '" + name.asText() + "' but there is no "
                        + name.asText() + "-<version>.mapping.json beside " + indexTemplate().fileName());
            }
            ordered.add(f);
        }
        return ordered;
    }

    /** Component templates then the index template: later mappings override earlier ones. */
    List<TemplateFile> inMergeOrder() {
        List<TemplateFile> all = new ArrayList<>(componentTemplates());
        all.add(indexTemplate());
        return all;
    }

    String firstIndexPattern() {
        return indexTemplate().json().path("index_patterns").path(0).asText();
    }

    boolean createsDataStream() {
        return indexTemplate().json().has("data_stream");
    }

    /** The same files with the root {@code dynamic} of the index template's mappings set to {@code value}. */
    SchemaSet withRootDynamic(String value) {
        TemplateFile index = indexTemplate();
        ObjectNode json = index.json().deepCopy();
        ObjectNode template = json.has("template") ? (ObjectNode) json.get("template") : json.putObject("template");
        ObjectNode mappings = template.has("mappings") ? (ObjectNode) template.get("mappings") : template.putObject("mappings");
        mappings.put("dynamic", value);
        TemplateFile changed = new TemplateFile(index.fileName(), index.name(), pretty(json), json);
        return new SchemaSet(files.stream().map(f -> f == index ? changed : f).toList());
    }

    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (TemplateFile f : files) {
            Files.writeString(dir.resolve(f.fileName()), f.text(), StandardCharsets.UTF_8);
        }
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
