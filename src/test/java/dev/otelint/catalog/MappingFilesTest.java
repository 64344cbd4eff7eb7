package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.catalog.MappingCatalog.Kind;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files under catalog/mappings/ as OpenSearch 2.x would take them through PUT _component_template and
 * PUT _index_template, and as index.json describes them.
 */
class MappingFilesTest {

    private static final Path SOURCE = Path.of("catalog/mappings");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final Set<String> INDEX_TEMPLATE_KEYS =
            Set.of("index_patterns", "template", "composed_of", "priority", "version", "_meta", "data_stream");
    private static final Set<String> COMPONENT_KEYS = Set.of("template", "version", "_meta");
    private static final Set<String> TEMPLATE_KEYS = Set.of("settings", "mappings", "aliases");
    private static final Set<String> MAPPINGS_KEYS = Set.of("_meta", "_source", "dynamic_templates", "properties",
            "dynamic", "date_detection", "numeric_detection", "dynamic_date_formats");
    private static final Set<String> DYNAMIC_TEMPLATE_KEYS =
            Set.of("match", "unmatch", "path_match", "path_unmatch", "match_mapping_type", "match_pattern", "mapping");
    // field types of OpenSearch 2.x core
    private static final Set<String> FIELD_TYPES = Set.of("text", "keyword", "match_only_text", "wildcard",
            "constant_keyword", "long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float",
            "unsigned_long", "date", "date_nanos", "boolean", "binary", "ip", "geo_point", "geo_shape", "object",
            "nested", "flat_object", "alias", "token_count");
    private static final Set<String> FIELD_PARAMETERS = Set.of("type", "properties", "fields", "ignore_above",
            "path", "format", "scaling_factor", "copy_to", "enabled", "dynamic", "index", "doc_values", "null_value");
    // OpenSearch defaults: index.mapping.total_fields.limit and index.mapping.depth.limit
    private static final int DEFAULT_FIELDS_LIMIT = 1000;
    private static final int DEPTH_LIMIT = 20;

    private final MappingCatalog catalog = MappingCatalog.builtin();

    @Test
    void indexJsonListsExactlyTheFilesPresent() throws IOException {
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCE)) {
            files.filter(Files::isRegularFile).map(f -> SOURCE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.json")).forEach(present::add);
        }
        Set<String> listed = new TreeSet<>();
        for (Entry e : catalog.entries()) {
            listed.add(e.resource().substring(MappingCatalog.ROOT.length()));
        }
        assertThat(listed).isEqualTo(present);
    }

    @Test
    void fileNamesFollowTheIntegrationConvention() {
        for (Entry e : catalog.entries()) {
            assertThat(Path.of(e.resource()).getFileName().toString())
                    .isEqualTo(e.name() + "-" + e.version() + ".mapping.json");
        }
    }

    @Test
    void everyFolderHoldsOneIndexTemplateAndOnlyItsSignal() {
        Map<Path, List<Entry>> byFolder = new HashMap<>();
        for (Entry e : catalog.entries()) {
            byFolder.computeIfAbsent(Path.of(e.resource()).getParent(), k -> new ArrayList<>()).add(e);
        }
        byFolder.forEach((folder, entries) -> {
            assertThat(entries).as(folder.toString()).filteredOn(e -> e.kind() == Kind.INDEX_TEMPLATE).hasSize(1);
            assertThat(entries).as(folder.toString()).extracting(Entry::signal).containsOnly(entries.get(0).signal());
        });
    }

    @Test
    void componentTemplatesHaveTheComponentShape() throws IOException {
        for (Entry e : entriesOf(Kind.COMPONENT)) {
            JsonNode root = tree(e);
            assertThat(keys(root)).as(e.resource()).isSubsetOf(COMPONENT_KEYS).contains("template");
            assertTemplateBody(e, root.path("template"));
        }
    }

    @Test
    void indexTemplatesHaveTheIndexTemplateShape() throws IOException {
        Set<String> patterns = new HashSet<>();
        for (Entry e : entriesOf(Kind.INDEX_TEMPLATE)) {
            JsonNode root = tree(e);
            assertThat(keys(root)).as(e.resource()).isSubsetOf(INDEX_TEMPLATE_KEYS).contains("index_patterns");
            assertThat(root.path("index_patterns").isArray()).as(e.resource()).isTrue();
            root.path("index_patterns").forEach(p -> assertThat(patterns.add(p.asText())).as(p.asText()).isTrue());
            assertThat(root.path("composed_of").isArray()).as(e.resource()).isTrue();
            assertTemplateBody(e, root.path("template"));
        }
    }

    @Test
    void signalTemplatesAreDataStreams() throws IOException {
        for (Signal signal : Signal.values()) {
            JsonNode root = tree(catalog.indexTemplate(signal).orElseThrow());
            assertThat(root.path("data_stream").isObject()).as(signal.label()).isTrue();
            assertThat(root.path("index_patterns").get(0).asText()).isEqualTo("ss4o_" + signal.label() + "-*-*");
        }
    }

    @Test
    void composedOfNamesComponentsOfTheSameSignalInTheSameFolder() throws IOException {
        for (Entry template : entriesOf(Kind.INDEX_TEMPLATE)) {
            for (JsonNode name : tree(template).path("composed_of")) {
                Entry component = catalog.component(name.asText(), template.signal()).orElse(null);
                assertThat(component).as(template.resource() + " composed_of " + name).isNotNull();
                assertThat(Path.of(component.resource()).getParent()).isEqualTo(Path.of(template.resource()).getParent());
            }
        }
    }

    @Test
    void everyFieldHasAKnownTypeAndFittingParameters() throws IOException {
        for (Entry e : catalog.entries()) {
            checkFields(e.resource(), tree(e).path("template").path("mappings").path("properties"), "");
        }
    }

    @Test
    void aliasesPointAtConcreteFieldsOfTheFinalMapping() {
        for (Entry e : catalog.entries()) {
            Map<String, String> types = new HashMap<>();
            List<MappingField> fields = MappingOutline.of(catalog, e).fields();
            fields.forEach(f -> types.put(f.path(), f.type()));
            for (MappingField f : fields) {
                if (f.type().equals("alias")) {
                    String target = f.parameters().get("path").asText();
                    // OpenSearch FieldAliasMapper: the path must be an existing field, not an object or alias
                    assertThat(types.get(target)).as(e.resource() + " alias " + f.path())
                            .isNotNull().isNotIn("alias", "object", "nested");
                }
            }
        }
    }

    @Test
    void dynamicTemplatesAreWellFormedAndUniquelyNamed() throws IOException {
        for (Entry e : catalog.entries()) {
            Set<String> names = new HashSet<>();
            for (JsonNode entry : tree(e).path("template").path("mappings").path("dynamic_templates")) {
                assertThat(keys(entry)).as(e.resource()).hasSize(1);
                String name = entry.fieldNames().next();
                JsonNode body = entry.get(name);
                assertThat(names.add(name)).as(e.resource() + " " + name).isTrue();
                assertThat(keys(body)).as(e.resource() + " " + name).isSubsetOf(DYNAMIC_TEMPLATE_KEYS)
                        .contains("mapping").hasSizeGreaterThan(1);
                assertThat(body.get("mapping").isObject()).isTrue();
            }
        }
    }

    @Test
    void mappingsStayWithinOpenSearchLimits() throws IOException {
        for (Entry e : catalog.entries()) {
            Set<String> paths = mapperPaths(e);
            JsonNode root = tree(e);
            for (JsonNode name : root.path("composed_of")) {
                paths.addAll(mapperPaths(catalog.component(name.asText(), e.signal()).orElseThrow()));
            }
            int limit = root.path("template").path("settings").path("index").path("mapping").path("total_fields")
                    .path("limit").asInt(DEFAULT_FIELDS_LIMIT);
            assertThat(paths.size()).as(e.resource() + " fields").isLessThanOrEqualTo(limit);
            for (String path : paths) {
                assertThat(path.split("\\.").length).as(path).isLessThanOrEqualTo(DEPTH_LIMIT);
            }
        }
    }

    private void assertTemplateBody(Entry e, JsonNode template) {
        assertThat(keys(template)).as(e.resource()).isSubsetOf(TEMPLATE_KEYS).contains("mappings");
        JsonNode mappings = template.path("mappings");
        assertThat(keys(mappings)).as(e.resource()).isSubsetOf(MAPPINGS_KEYS).contains("properties");
        assertThat(mappings.path("_meta").path("type").asText()).as(e.resource()).isEqualTo(e.signal().label());
    }

    private static void checkFields(String file, JsonNode properties, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String path = prefix + p.getKey();
            JsonNode def = p.getValue();
            String type = def.path("type").asText("object");
            String where = file + " " + path;
            // our files spell objects out; OpenSearch would expand a dotted name the same way
            assertThat(p.getKey()).as(where).doesNotContain(".").isNotBlank();
            assertThat(keys(def)).as(where).isSubsetOf(FIELD_PARAMETERS);
            assertThat(FIELD_TYPES).as(where).contains(type);
            if (def.has("ignore_above")) {
                assertThat(type).as(where + " ignore_above").isIn("keyword", "wildcard");
            }
            assertThat(def.has("scaling_factor")).as(where + " scaling_factor").isEqualTo(type.equals("scaled_float"));
            assertThat(def.has("path")).as(where + " path").isEqualTo(type.equals("alias"));
            if (def.has("properties")) {
                assertThat(type).as(where + " properties").isIn("object", "nested");
            }
            def.path("fields").fields().forEachRemaining(m -> {
                assertThat(FIELD_TYPES).as(where + "." + m.getKey()).contains(m.getValue().path("type").asText());
                assertThat(m.getValue().has("properties")).as(where + "." + m.getKey()).isFalse();
            });
            checkFields(file, def.path("properties"), path + ".");
        }
    }

    // every object, field and multi-field counts against index.mapping.total_fields.limit
    private Set<String> mapperPaths(Entry e) throws IOException {
        Set<String> paths = new HashSet<>();
        collectPaths(tree(e).path("template").path("mappings").path("properties"), "", paths);
        return paths;
    }

    private static void collectPaths(JsonNode properties, String prefix, Set<String> out) {
        properties.fields().forEachRemaining(p -> {
            String path = prefix + p.getKey();
            out.add(path);
            p.getValue().path("fields").fieldNames().forEachRemaining(m -> out.add(path + "." + m));
            collectPaths(p.getValue().path("properties"), path + ".", out);
        });
    }

    private List<Entry> entriesOf(Kind kind) {
        return catalog.entries().stream().filter(e -> e.kind() == kind).toList();
    }

    private static JsonNode tree(Entry e) throws IOException {
        return JSON.readTree(Files.readString(SOURCE.resolve(e.resource().substring(MappingCatalog.ROOT.length()))));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
