package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaResolverTest {

    private static final SchemaResolver CATALOG = SchemaResolver.catalog();

    @Test
    void catalogPatternsResolveToTheTemplateOfTheirSignal() {
        assertThat(CATALOG.resolve("ss4o_logs-*").orElseThrow().name()).isEqualTo("catalog logs template");
        assertThat(CATALOG.resolve("ss4o_traces-*").orElseThrow().name()).isEqualTo("catalog traces template");
        assertThat(CATALOG.resolve("ss4o_metrics-*-*").orElseThrow().name()).isEqualTo("catalog metrics template");
        assertThat(CATALOG.resolve("ss4o_services-*").orElseThrow().name()).isEqualTo("catalog services template");
    }

    @Test
    void catalogLogsMappingIncludesItsComponents() {
        Schema logs = CATALOG.resolve("ss4o_logs-*").orElseThrow();
        assertThat(logs.indexPatterns()).containsExactly("ss4o_logs-*-*");
        assertThat(logs.mapping().fieldByPath("severity.text").typeName()).isEqualTo("text");
        assertThat(logs.mapping().fieldByPath("http.response.status_code")).isNotNull(); // from the http component
    }

    @Test
    void unknownAndMissingPatternsResolveToNothing() {
        assertThat(CATALOG.resolve("otel-v1-apm-span-*")).isEmpty();
        assertThat(CATALOG.resolve(null)).isEmpty();
    }

    @Test
    void integrationSchemasComeBeforeTheCatalog(@TempDir Path integration) throws IOException {
        Path schemas = Files.createDirectory(integration.resolve("schemas"));
        Files.writeString(schemas.resolve("mylogs-1.0.0.mapping.json"), "{\"index_patterns\": [\"ss4o_logs-my-*\"],"
                + " \"template\": {\"mappings\": {\"properties\": {\"only_here\": {\"type\": \"keyword\"}}}}}");
        SchemaResolver resolver = SchemaResolver.forIntegration(integration);

        Schema own = resolver.resolve("ss4o_logs-*").orElseThrow();
        assertThat(own.name()).isEqualTo(schemas.toString());
        assertThat(own.mapping().fieldByPath("only_here").typeName()).isEqualTo("keyword");
        assertThat(resolver.resolve("ss4o_traces-*").orElseThrow().name()).isEqualTo("catalog traces template");
    }

    @Test
    void aSchemaFileComposedOfComponentsReadsThemFromBesideIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.json"), "{\"index_patterns\": [\"app-*\"], \"composed_of\": [\"net\"],"
                + " \"template\": {\"mappings\": {\"properties\": {\"msg\": {\"type\": \"text\"}}}}}");
        Files.writeString(dir.resolve("net-1.0.0.mapping.json"),
                "{\"template\": {\"mappings\": {\"properties\": {\"port\": {\"type\": \"integer\"}}}}}");
        Schema schema = SchemaResolver.schemaAt(dir.resolve("app.json"));

        assertThat(schema.indexPatterns()).containsExactly("app-*");
        assertThat(schema.mapping().fieldByPath("port").typeName()).isEqualTo("integer");
        assertThat(SchemaResolver.of(List.of(schema)).resolve("logs-*")).isEmpty();
    }

    @Test
    void aBareMappingGivenAsSchemaAppliesToEveryPattern(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mapping.json"), "{\"properties\": {\"a\": {\"type\": \"long\"}}}");
        SchemaResolver resolver = SchemaResolver.of(List.of(SchemaResolver.schemaAt(file)));

        assertThat(resolver.resolve("whatever-*").orElseThrow().mapping().fieldByPath("a").typeName())
                .isEqualTo("long");
    }

    @Test
    void aSchemaPathThatIsNoTemplateIsBadInput(@TempDir Path dir) throws IOException {
        Path notTemplate = Files.writeString(dir.resolve("descriptor.json"), "{\"name\": \"nginx\"}");

        assertThatThrownBy(() -> SchemaResolver.schemaAt(dir.resolve("absent.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no such schema file");
        assertThatThrownBy(() -> SchemaResolver.schemaAt(notTemplate))
                .isInstanceOf(BadInputException.class).hasMessageContaining("descriptor.json:1:1: not a template");
    }

    @Test
    void anIntegrationWithoutSchemasIsBadInput(@TempDir Path integration) {
        assertThatThrownBy(() -> SchemaResolver.forIntegration(integration))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no schemas/ directory");
    }
}
