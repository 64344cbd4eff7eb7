package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordGeneratorTest {

    @TempDir
    Path tmp;

    private Path dir;
    private RecordGenerator generator;

    @BeforeEach
    void tables() throws IOException {
        dir = Files.createDirectories(tmp.resolve("schemas"));
        Path values = Files.createDirectories(tmp.resolve("values"));
        Files.writeString(values.resolve("any.values"), "null\n");
        Files.writeString(values.resolve("byte.values"), "128\n");
        Files.writeString(values.resolve("integer.values"), "2147483648\n");
        Files.writeString(values.resolve("object.values"), "\"scalar\"\n");
        Files.writeString(values.resolve("unmapped.values"), "1\n");
        generator = new RecordGenerator(ValueTables.read(values));
    }

    @Test
    void triesEveryTableValueOnEveryFieldAtItsPath() throws IOException {
        SchemaSet schemas = schemas("{\"properties\":{\"a\":{\"properties\":{\"b\":{\"type\":\"byte\"}}},"
                + "\"off\":{\"type\":\"object\",\"enabled\":false}}}");

        assertThat(generator.generate(schemas)).containsExactly(
                "{\"zz_unmapped_1\":1}",
                "{\"a\":\"scalar\"}",
                "{\"a\":{\"zz_unmapped_1\":1}}",
                "{\"a\":{\"b\":null}}",
                "{\"a\":{\"b\":128}}",
                "{\"off\":null}",
                "{\"off\":\"scalar\"}");
    }

    @Test
    void addsTheValuesOfMultiFieldSubTypes() throws IOException {
        SchemaSet schemas = schemas("{\"properties\":{\"code\":{\"type\":\"keyword\","
                + "\"fields\":{\"num\":{\"type\":\"integer\"}}}}}");

        assertThat(generator.generate(schemas)).contains("{\"code\":2147483648}");
    }

    @Test
    void keepsDottedMappingKeysAsOneKey() throws IOException {
        SchemaSet schemas = schemas("{\"properties\":{\"host.name\":{\"type\":\"byte\"}}}");

        assertThat(generator.generate(schemas)).contains("{\"host.name\":128}");
    }

    @Test
    void mergesTemplatesLikeOpenSearchLaterDefinitionsWin() throws IOException {
        Files.writeString(dir.resolve("base-1.0.0.mapping.json"), "{\"template\":{\"mappings\":{\"properties\":{"
                + "\"http\":{\"properties\":{\"code\":{\"type\":\"keyword\"},\"method\":{\"type\":\"keyword\"}}}}}}}");
        Files.writeString(dir.resolve("logs-1.0.0.mapping.json"), "{\"index_patterns\":[\"l-*\"],\"composed_of\":[\"base\"],"
                + "\"template\":{\"mappings\":{\"properties\":{\"http\":{\"properties\":{\"code\":{\"type\":\"byte\"}}}}}}}");

        var merged = RecordGenerator.mergedProperties(SchemaSet.read(dir));

        assertThat(merged.at("/http/properties/code/type").asText()).isEqualTo("byte");
        assertThat(merged.at("/http/properties/method/type").asText()).isEqualTo("keyword");
    }

    @Test
    void nestsValuesAndEscapesKeys() {
        assertThat(RecordGenerator.nest(List.of("a", "q\"k"), "[1]")).isEqualTo("{\"a\":{\"q\\\"k\":[1]}}");
    }

    private SchemaSet schemas(String mappings) throws IOException {
        Files.writeString(dir.resolve("t-1.0.0.mapping.json"),
                "{\"index_patterns\":[\"t-*\"],\"template\":{\"mappings\":" + mappings + "}}");
        return SchemaSet.read(dir);
    }
}
