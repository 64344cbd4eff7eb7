package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import dev.otelint.validate.mapping.DynamicTemplate;
import dev.otelint.validate.mapping.FieldMapping;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.mapping.ObjectMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static String type(IndexMapping mapping, String path) {
        return mapping.fieldByPath(path) == null ? null : mapping.fieldByPath(path).typeName();
    }

    @Test
    void resolvesComposedOfToTheHighestVersionAndMergesInOrder() throws IOException {
        write("base-1.0.0.mapping.json", "{\"template\":{\"mappings\":{\"properties\":{"
                + "\"a\":{\"type\":\"keyword\"},\"o\":{\"properties\":{\"x\":{\"type\":\"long\"}}}}}}}");
        write("base-1.10.0.mapping.json", "{\"template\":{\"mappings\":{\"properties\":{"
                + "\"a\":{\"type\":\"text\"},\"o\":{\"properties\":{\"x\":{\"type\":\"long\"}}}}}}}");
        write("base-1.9.0.mapping.json", "{\"template\":{\"mappings\":{\"properties\":{\"a\":{\"type\":\"ip\"}}}}}");
        write("extra.json", "{\"template\":{\"mappings\":{\"properties\":{"
                + "\"a\":{\"type\":\"integer\"},\"o\":{\"properties\":{\"y\":{\"type\":\"ip\"}}}}}}}");
        write("logs-1.0.0.mapping.json", "{\"index_patterns\":[\"logs-*\"],\"composed_of\":[\"base\",\"extra\"],"
                + "\"template\":{\"mappings\":{\"properties\":{\"o\":{\"properties\":{\"x\":{\"type\":\"double\"}}}}}}}");

        IndexMapping mapping = MappingLoader.fromSchema(dir);

        // 1.10.0 is the highest version, extra comes later and wins, objects merge, the index template is last
        assertThat(type(mapping, "a")).isEqualTo("integer");
        assertThat(type(mapping, "o.x")).isEqualTo("double");
        assertThat(type(mapping, "o.y")).isEqualTo("ip");
    }

    @Test
    void anIndexTemplateFileFindsItsComponentsBesideIt() throws IOException {
        write("base-1.0.0.mapping.json", "{\"template\":{\"mappings\":{\"properties\":{\"a\":{\"type\":\"ip\"}}}}}");
        Path index = write("logs-1.0.0.mapping.json", "{\"index_patterns\":[\"logs-*\"],\"composed_of\":[\"base\"],"
                + "\"template\":{\"mappings\":{\"properties\":{\"b\":{\"type\":\"long\"}}}}}");

        IndexMapping mapping = MappingLoader.fromSchema(index);

        assertThat(type(mapping, "a")).isEqualTo("ip");
        assertThat(type(mapping, "b")).isEqualTo("long");
    }

    @Test
    void dynamicTemplatesMergeByNameKeepingTheirFirstPosition() throws IOException {
        write("c.json", "{\"template\":{\"mappings\":{\"dynamic_templates\":["
                + "{\"first\":{\"match\":\"a*\",\"mapping\":{\"type\":\"keyword\"}}},"
                + "{\"second\":{\"match\":\"b*\",\"mapping\":{\"type\":\"keyword\"}}}]}}}");
        write("t.json", "{\"index_patterns\":[\"x\"],\"composed_of\":[\"c\"],\"template\":{\"mappings\":{"
                + "\"dynamic_templates\":[{\"third\":{\"match\":\"c*\",\"mapping\":{\"type\":\"long\"}}},"
                + "{\"first\":{\"match\":\"z*\",\"mapping\":{\"type\":\"ip\"}}}]}}}");

        IndexMapping mapping = MappingLoader.fromSchema(dir);

        assertThat(mapping.templates()).extracting(DynamicTemplate::name).containsExactly("first", "second", "third");
        assertThat(mapping.findTemplate("zed", "zed", DynamicTemplate.ValueKind.STRING).name()).isEqualTo("first");
        assertThat(mapping.findTemplate("abc", "abc", DynamicTemplate.ValueKind.STRING)).isNull();
    }

    @Test
    void readsSettingsInFlatAndNestedFormsLaterWinning() throws IOException {
        write("c.json", "{\"template\":{\"settings\":{\"index\":{\"mapping\":{\"total_fields\":{\"limit\":50},"
                + "\"ignore_malformed\":true}}},\"mappings\":{}}}");
        write("t.json", "{\"index_patterns\":[\"x\"],\"composed_of\":[\"c\"],\"template\":{\"settings\":{"
                + "\"mapping.total_fields.limit\":\"70\",\"index.mapping.coerce\":false,\"index.mapping.depth.limit\":5}}}");

        IndexMapping mapping = MappingLoader.fromSchema(dir);

        assertThat(mapping.settings().totalFieldsLimit()).isEqualTo(70);
        assertThat(mapping.settings().ignoreMalformed()).isTrue();
        assertThat(mapping.settings().coerce()).isFalse();
        assertThat(mapping.settings().depthLimit()).isEqualTo(5);
        assertThat(mapping.settings().nestedFieldsLimit()).isEqualTo(50);
    }

    @Test
    void acceptsEveryTemplateShape() {
        List<String> shapes = List.of(
                "{\"index_patterns\":[\"x\"],\"template\":{\"mappings\":{\"properties\":{\"f\":{\"type\":\"long\"}}}}}",
                "{\"template\":{\"mappings\":{\"properties\":{\"f\":{\"type\":\"long\"}}}}}",
                "{\"index_patterns\":[\"x\"],\"mappings\":{\"properties\":{\"f\":{\"type\":\"long\"}}}}",
                "{\"index_patterns\":[\"x\"],\"mappings\":{\"_doc\":{\"properties\":{\"f\":{\"type\":\"long\"}}}}}",
                "{\"mappings\":{\"properties\":{\"f\":{\"type\":\"long\"}}}}",
                "{\"properties\":{\"f\":{\"type\":\"long\"}}}");
        for (String shape : shapes) {
            IndexMapping mapping = MappingLoader.fromTexts(List.of(new MappingLoader.SchemaText("t.json", shape)));
            assertThat(type(mapping, "f")).as(shape).isEqualTo("long");
        }
    }

    @Test
    void expandsDottedPropertyNamesIntoObjects() {
        IndexMapping mapping = MappingLoader.fromTexts(List.of(new MappingLoader.SchemaText("t.json",
                "{\"properties\":{\"http\":{\"properties\":{\"client.ip\":{\"type\":\"ip\"},"
                        + "\"client\":{\"properties\":{\"port\":{\"type\":\"long\"}}}}}}}")));

        assertThat(mapping.objectByPath("http.client")).isInstanceOf(ObjectMapping.class);
        assertThat(type(mapping, "http.client.ip")).isEqualTo("ip");
        assertThat(type(mapping, "http.client.port")).isEqualTo("long");
        // http, http.client, ip, port
        assertThat(mapping.fieldCount()).isEqualTo(4);
    }

    @Test
    void aDataStreamTemplateMapsItsTimestampAsADate() throws IOException {
        Path file = write("ds.json", "{\"index_patterns\":[\"x\"],\"data_stream\":{},\"template\":{\"mappings\":{}}}");

        IndexMapping mapping = MappingLoader.fromSchema(file);

        assertThat(mapping.dataStreamTimestampField()).isEqualTo("@timestamp");
        assertThat(type(mapping, "@timestamp")).isEqualTo("date");
    }

    @Test
    void fromIntegrationReadsItsSchemasDirectory() throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/t.json"), "{\"properties\":{\"f\":{\"type\":\"boolean\"}}}");

        assertThat(type(MappingLoader.fromIntegration(dir), "f")).isEqualTo("boolean");
        assertThatThrownBy(() -> MappingLoader.fromIntegration(dir.resolve("schemas")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no schemas/ directory");
    }

    @Test
    void skipsJsonFilesThatAreNoTemplatesButNotAnExplicitFile() throws IOException {
        Path descriptor = write("catalog-1.0.0.json", "{\"catalog\":\"observability\",\"version\":\"1.0\"}");
        write("t.json", "{\"properties\":{\"f\":{\"type\":\"long\"}}}");

        assertThat(type(MappingLoader.fromSchema(dir), "f")).isEqualTo("long");
        assertThatThrownBy(() -> MappingLoader.fromSchema(descriptor))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a template");
    }

    @Test
    void reportsInvalidJsonWithFileLineAndColumn() throws IOException {
        Path file = write("bad.json", "{\n  \"properties\": {\n    \"f\": {\"type\": \"long\",}\n  }\n}");

        assertThatThrownBy(() -> MappingLoader.fromSchema(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("invalid JSON");
    }

    @Test
    void reportsUnknownTypesAtTheirPosition() throws IOException {
        Path file = write("t.json", "{\"properties\": {\n  \"f\": {\"type\": \"strin\"}}}");

        assertThatThrownBy(() -> MappingLoader.fromSchema(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":2:17: no handler for type [strin] declared on field [f]");
    }

    @Test
    void reportsAComponentTemplateWithoutFile() throws IOException {
        write("t.json", "{\"index_patterns\":[\"x\"],\"composed_of\":[\"missing\"]}");
        write("other.json", "{\"template\":{\"mappings\":{}}}");

        assertThatThrownBy(() -> MappingLoader.fromSchema(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.json:1:")
                .hasMessageContaining("component template [missing]");
    }

    @Test
    void refusesSeveralIndexTemplatesUnlessOnlyOneComposes() throws IOException {
        write("a.json", "{\"index_patterns\":[\"a\"],\"template\":{\"mappings\":{}}}");
        write("b.json", "{\"index_patterns\":[\"b\"],\"template\":{\"mappings\":{}}}");

        assertThatThrownBy(() -> MappingLoader.fromSchema(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("a.json, b.json");

        write("c.json", "{\"index_patterns\":[\"c\"],\"composed_of\":[],\"template\":{\"mappings\":"
                + "{\"properties\":{\"f\":{\"type\":\"long\"}}}}}");
        assertThat(type(MappingLoader.fromSchema(dir), "f")).isEqualTo("long");
    }

    @Test
    void refusesWhatOpenSearchRefusesWhenTheIndexIsCreated() {
        assertThat(loadError("{\"properties\":{\"a\":{\"type\":\"alias\",\"path\":\"nope\"}}}"))
                .contains("an alias must refer to an existing field");
        assertThat(loadError("{\"properties\":{\"f\":{\"type\":\"long\",\"null_value\":\"x\"}}}"))
                .contains("[null_value] of field [f]");
        assertThat(loadError("{\"properties\":{\"d\":{\"type\":\"date\",\"format\":\"abc\"}}}"))
                .contains("Unknown pattern letter: b");
        assertThat(loadError("{\"properties\":{\"s\":{\"type\":\"scaled_float\"}}}"))
                .contains("scaling_factor");
        assertThat(loadError("{\"properties\":{\"o\":{\"type\":\"object\",\"index\":false}}}"))
                .contains("unsupported parameter [index]");
        assertThat(loadError("{\"dynamic\":\"runtime\"}")).contains("[dynamic] must be");
        assertThat(loadError("{\"dynamic_templates\":[{\"t\":{\"match_mapping_type\":\"text\",\"mapping\":{}}}]}"))
                .contains("no field type matched on [text]");
        assertThat(loadError("{\"properties\":{\"s\":{\"type\":\"keyword\",\"copy_to\":\"o\"},"
                + "\"o\":{\"type\":\"object\"}}}")).contains("cannot copy to field [o]");
        assertThat(loadError("{\"properties\":{\"s\":{\"type\":\"keyword\",\"copy_to\":\"t.raw\"},"
                + "\"t\":{\"type\":\"text\"}}}")).contains("may not be used to copy to a multi-field");
        assertThat(loadError("{\"settings\":{\"index.mapping.total_fields.limit\":1},"
                + "\"mappings\":{\"properties\":{\"a\":{\"type\":\"long\"},\"b\":{\"type\":\"long\"}}}}"))
                .contains("limit of total fields [1]");
        assertThat(loadError("{\"settings\":{\"index.mapping.depth.limit\":2},"
                + "\"mappings\":{\"properties\":{\"a\":{\"properties\":{\"b\":{\"properties\":{\"c\":{\"type\":\"long\"}}}}}}}}"))
                .contains("limit of mapping depth [2]");
    }

    @Test
    void refusesAnObjectAndAFieldOfTheSameNameAcrossTemplates() throws IOException {
        write("c.json", "{\"template\":{\"mappings\":{\"properties\":{\"a\":{\"type\":\"keyword\"}}}}}");
        write("t.json", "{\"index_patterns\":[\"x\"],\"composed_of\":[\"c\"],\"template\":{\"mappings\":"
                + "{\"properties\":{\"a\":{\"properties\":{\"b\":{\"type\":\"long\"}}}}}}}");

        assertThatThrownBy(() -> MappingLoader.fromSchema(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("can't merge a non object mapping [a]");
    }

    @Test
    void indexLevelDefaultsApplyToFieldsWithoutTheirOwnSetting() {
        IndexMapping mapping = MappingLoader.fromTexts(List.of(new MappingLoader.SchemaText("t.json",
                "{\"settings\":{\"index.mapping.ignore_malformed\":true},\"mappings\":{\"properties\":{"
                        + "\"a\":{\"type\":\"long\"},\"b\":{\"type\":\"long\",\"ignore_malformed\":false},"
                        + "\"k\":{\"type\":\"keyword\"}}}}")));

        assertThat(((FieldMapping) mapping.fieldByPath("a")).ignoreMalformed()).isTrue();
        assertThat(((FieldMapping) mapping.fieldByPath("b")).ignoreMalformed()).isFalse();
        assertThat(((FieldMapping) mapping.fieldByPath("k")).ignoreMalformed()).isFalse();
    }

    private static String loadError(String json) {
        try {
            MappingLoader.fromTexts(List.of(new MappingLoader.SchemaText("t.json", json)));
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith("t.json:");
            return e.getMessage();
        }
        throw new AssertionError("expected a BadInputException for " + json);
    }
}
