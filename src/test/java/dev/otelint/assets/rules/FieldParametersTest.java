package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.validate.MappingLoader.SchemaText;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldParametersTest {

    private static final SchemaText INDEX = new SchemaText("schemas/logs-1.0.0.mapping.json", """
            {"index_patterns": ["logs-*"], "composed_of": ["http"], "template": {"mappings": {"properties": {
              "id": {"type": "keyword", "index": "false"},
              "url": {"type": "keyword"},
              "msg": {"type": "text", "fielddata": true, "fields": {"raw": {"type": "keyword", "doc_values": false}}}
            }}}}
            """);
    private static final SchemaText HTTP = new SchemaText("schemas/http-1.0.0.mapping.json", """
            {"template": {"mappings": {"properties": {"url": {"type": "keyword", "index": false},
              "http": {"properties": {"method": {"type": "keyword", "index": false}}}}}}}
            """);
    private static final SchemaText UNUSED = new SchemaText("schemas/aws-1.0.0.mapping.json", """
            {"template": {"mappings": {"properties": {"bytes": {"type": "long", "doc_values": false}}}}}
            """);

    private static final FieldParameters PARAMETERS = FieldParameters.read(List.of(HTTP, INDEX, UNUSED));

    @Test
    void readsIndexDocValuesAndFielddataIncludingMultiFieldsAndStringBooleans() {
        assertThat(PARAMETERS.indexed("id")).isFalse();
        assertThat(PARAMETERS.hasFielddata("msg")).isTrue();
        assertThat(PARAMETERS.hasDocValues("msg.raw")).isFalse();
        assertThat(PARAMETERS.indexed("http.method")).isFalse();
        assertThat(PARAMETERS.indexed("msg")).isTrue();
    }

    @Test
    void theIndexTemplateOverridesItsComponentsAndUncomposedComponentsDoNotCount() {
        assertThat(PARAMETERS.indexed("url")).isTrue();
        assertThat(PARAMETERS.hasDocValues("bytes")).isTrue();
    }
}
