package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemconvRegistryFileTest {

    private final SemconvRegistry registry = SemconvTestModel.fixture();

    @Test
    void readingWhatWasWrittenGivesTheSameFactsAndTheSameBytes() throws IOException {
        String written = write(registry);
        SemconvRegistry read = read(written);

        assertThat(read.version()).isEqualTo("0.1.0");
        assertThat(read.schemaUrl()).isEqualTo(registry.schemaUrl());
        assertThat(read.attributes()).containsExactlyElementsOf(registry.attributes());
        assertThat(read.metrics()).containsExactlyElementsOf(registry.metrics());
        assertThat(read.groups()).containsExactlyElementsOf(registry.groups());
        assertThat(write(read)).isEqualTo(written);
    }

    @Test
    void putsOneAttributeMetricOrGroupPerLineSortedAfterTheFormatVersion() throws IOException {
        List<String> lines = write(registry).lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("{", "\"formatVersion\":1,", "\"semconvVersion\":\"0.1.0\",");
        List<String> attributeLines = lines.stream().filter(l -> l.startsWith("{\"id\":\"shop.")).toList();
        assertThat(attributeLines).hasSize(17).isSorted();
        assertThat(lines).contains("{\"id\":\"shop.order_id\",\"type\":\"string\",\"stability\":\"development\","
                + "\"deprecated\":{\"reason\":\"renamed\",\"replacedBy\":[\"shop.order.id\"]}},");
        assertThat(lines).anyMatch(l -> l.startsWith("{\"id\":\"shop.priority\"") && l.contains("\"value\":1,"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
    }

    @Test
    void rejectsAnotherFormatVersionWithItsPosition() {
        assertThatThrownBy(() -> read("{\n\"formatVersion\":2,\n\"semconvVersion\":\"1\"}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("test/registry.json:2:17")
                .hasMessageContaining("expected formatVersion 1, got 2");
    }

    @Test
    void rejectsFieldsItDoesNotKnowAndBrokenJson() {
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"semconvVersion\":\"1\","
                + "\"attributes\":[{\"id\":\"a\",\"type\":\"string\",\"brief\":\"x\"}]}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unexpected field \"brief\"");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("test/registry.json:1:");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"attributes\":[{\"id\":\"a\",\"type\":\"str\"}]}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("known \"type\"");
    }

    private static String write(SemconvRegistry registry) throws IOException {
        StringWriter out = new StringWriter();
        SemconvRegistryFile.write(registry, out);
        return out.toString();
    }

    private static SemconvRegistry read(String json) {
        return SemconvRegistryFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test/registry.json");
    }
}
