package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSetTest {

    private static final String INDEX = "{\"index_patterns\":[\"logs-*\"],\"composed_of\":[\"b\",\"a\"],"
            + "\"template\":{\"mappings\":{\"properties\":{\"x\":{\"type\":\"long\"}}}}}";
    private static final String COMPONENT = "{\"template\":{\"mappings\":{\"properties\":{}}}}";

    @TempDir
    Path dir;

    @Test
    void findsTheIndexTemplateAndOrdersComponentsAsComposedOf() throws IOException {
        write("logs-1.0.0.mapping.json", INDEX);
        write("a-1.0.0.mapping.json", COMPONENT);
        write("b-2.0.0.mapping.json", COMPONENT);

        SchemaSet schemas = SchemaSet.read(dir);

        assertThat(schemas.indexTemplate().name()).isEqualTo("logs");
        assertThat(schemas.componentTemplates()).extracting(SchemaSet.TemplateFile::name).containsExactly("b", "a");
        assertThat(schemas.inMergeOrder()).extracting(SchemaSet.TemplateFile::name).containsExactly("b", "a", "logs");
        assertThat(schemas.firstIndexPattern()).isEqualTo("logs-*");
        assertThat(schemas.createsDataStream()).isFalse();
    }

    @Test
    void strictModeChangesOnlyTheIndexTemplatesRootDynamic() throws IOException {
        write("logs-1.0.0.mapping.json", INDEX);
        write("a-1.0.0.mapping.json", COMPONENT);
        write("b-1.0.0.mapping.json", COMPONENT);

        SchemaSet strict = SchemaSet.read(dir).withRootDynamic("strict");
        Path out = dir.resolve("out");
        strict.writeTo(out);

        assertThat(strict.indexTemplate().json().at("/template/mappings/dynamic").asText()).isEqualTo("strict");
        assertThat(strict.indexTemplate().json().at("/template/mappings/properties/x/type").asText()).isEqualTo("long");
        assertThat(Files.readString(out.resolve("logs-1.0.0.mapping.json"))).contains("\"dynamic\" : \"strict\"");
        assertThat(Files.readString(out.resolve("a-1.0.0.mapping.json"))).isEqualTo(COMPONENT);
    }

    @Test
    void strictModeAddsMappingsToATemplateWithoutAny() throws IOException {
        write("logs-1.0.0.mapping.json", "{\"index_patterns\":[\"logs-*\"]}");

        SchemaSet strict = SchemaSet.read(dir).withRootDynamic("strict");

        assertThat(strict.indexTemplate().json().at("/template/mappings/dynamic").asText()).isEqualTo("strict");
    }

    @Test
    void namesTheComponentThatComposedOfMisses() throws IOException {
        write("logs-1.0.0.mapping.json", INDEX);
        write("a-1.0.0.mapping.json", COMPONENT);

        assertThatThrownBy(() -> SchemaSet.read(dir))
                .hasMessageContaining("composed_of names 'b'")
                .hasMessageContaining("logs-1.0.0.mapping.json");
    }

    @Test
    void refusesFilesNotNamedLikeSchemas() throws IOException {
        write("logs.json", INDEX);

        assertThatThrownBy(() -> SchemaSet.read(dir)).hasMessageContaining("<name>-<version>.mapping.json");
    }

    @Test
    void needsExactlyOneIndexTemplate() throws IOException {
        write("a-1.0.0.mapping.json", COMPONENT);

        assertThatThrownBy(() -> SchemaSet.read(dir)).hasMessageContaining("exactly one index template");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
