package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void anIntegrationWithoutSchemasIsBadInput(@TempDir Path integration) {
        assertThatThrownBy(() -> SchemaResolver.forIntegration(integration))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no schemas/ directory");
    }
}
