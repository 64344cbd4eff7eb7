package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.records.Signal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingOutlineTest {

    private static final String COMPONENT = """
            {"template": {"mappings": {
              "dynamic_templates": [{"labels": {"path_match": "labels.*", "match_mapping_type": "string",
                                                "mapping": {"type": "keyword"}}}],
              "properties": {
                "http": {"properties": {
                  "client.ip": {"type": "ip"},
                  "request": {"type": "object", "properties": {"method": {"type": "keyword", "ignore_above": 256}}}
                }},
                "body": {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 1024}}},
                "@message": {"type": "alias", "path": "body"},
                "events": {"type": "nested", "properties": {"name": {"type": "keyword"}}},
                "annotations": {"type": "object"},
                "raw": {"enabled": false}
              }}}}
            """;

    @Test
    void listsLeavesAsDottedPathsWithTheirTypes() {
        assertThat(types(MappingOutline.parse(COMPONENT, "c"))).containsExactly(
                Map.entry("http.client.ip", "ip"),
                Map.entry("http.request.method", "keyword"),
                Map.entry("body", "text"),
                Map.entry("body.keyword", "keyword"),
                Map.entry("@message", "alias"),
                Map.entry("events", "nested"),
                Map.entry("events.name", "keyword"),
                Map.entry("annotations", "object"),
                Map.entry("raw", "object"));
    }

    @Test
    void keepsParametersAndMarksMultiFields() {
        Map<String, MappingField> fields = byPath(MappingOutline.parse(COMPONENT, "c"));
        assertThat(fields.get("@message").parameters().get("path").asText()).isEqualTo("body");
        assertThat(fields.get("body.keyword").multiField()).isTrue();
        assertThat(fields.get("body.keyword").parameters().get("ignore_above").asInt()).isEqualTo(1024);
        assertThat(fields.get("body").multiField()).isFalse();
        assertThat(fields.get("raw").parameters().get("enabled").asBoolean()).isFalse();
        assertThat(fields.get("http.client.ip").origin()).isEqualTo("c");
    }

    @Test
    void listsDynamicTemplatesWithTheirConditions() {
        List<MappingDynamicTemplate> templates = MappingOutline.parse(COMPONENT, "c").dynamicTemplates();
        assertThat(templates).hasSize(1);
        MappingDynamicTemplate t = templates.get(0);
        assertThat(t.name()).isEqualTo("labels");
        assertThat(t.conditions()).containsOnlyKeys("path_match", "match_mapping_type");
        assertThat(t.mapping().path("type").asText()).isEqualTo("keyword");
    }

    @Test
    void readsIndexPatternsAndComposedOf() {
        MappingOutline outline = MappingOutline.parse(
                "{\"index_patterns\": [\"a-*\"], \"composed_of\": [\"x\", \"y\"], \"template\": {}}", "t");
        assertThat(outline.indexPatterns()).containsExactly("a-*");
        assertThat(outline.composedOf()).containsExactly("x", "y");
        assertThat(outline.fields()).isEmpty();
    }

    @Test
    void rejectsTextAfterTheTemplateObject() {
        // the upstream traces template closes its root object early and goes on; that must not pass as valid
        assertThatThrownBy(() -> MappingOutline.parse("{\"template\": {}} }, \"version\": 1}", "broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("broken: not valid JSON");
    }

    @Test
    void anIndexTemplateIncludesItsComponentsMarkedByOrigin() {
        MappingCatalog catalog = MappingCatalog.builtin();
        MappingOutline logs = MappingOutline.of(catalog, catalog.indexTemplate(Signal.LOGS).orElseThrow());
        Map<String, MappingField> fields = byPath(logs);
        assertThat(fields.get("http.response.status_code").type()).isEqualTo("integer");
        assertThat(fields.get("http.response.status_code").origin()).isEqualTo("http");
        assertThat(fields.get("communication.source.ip").origin()).isEqualTo("communication");
        assertThat(fields.get("url.full").origin()).isEqualTo("url");
        assertThat(fields.get("body").origin()).isEqualTo("logs");
        assertThat(logs.dynamicTemplates()).extracting(MappingDynamicTemplate::name)
                .containsExactly("request_header_map", "response_header_map", "instrumentation_scope_attributes_map");
    }

    @Test
    void aComponentOutlineIsItsOwnFile() {
        MappingCatalog catalog = MappingCatalog.builtin();
        MappingOutline tracegroups = MappingOutline.of(catalog, catalog.component("tracegroups", null).orElseThrow());
        assertThat(types(tracegroups)).containsOnlyKeys("traceGroup", "traceGroupFields.endTime",
                "traceGroupFields.durationInNanos", "traceGroupFields.statusCode");
    }

    private static Map<String, String> types(MappingOutline outline) {
        Map<String, String> types = new LinkedHashMap<>();
        outline.fields().forEach(f -> types.put(f.path(), f.type()));
        return types;
    }

    private static Map<String, MappingField> byPath(MappingOutline outline) {
        Map<String, MappingField> fields = new LinkedHashMap<>();
        outline.fields().forEach(f -> fields.put(f.path(), f));
        return fields;
    }
}
