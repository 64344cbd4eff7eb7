package dev.otelint.opensearch;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void recordPathsSplitDottedKeysAndLookThroughArrays() {
        assertThat(FieldPaths.ofRecord("{\"a.b\":1,\"c\":[{\"d\":{\"e\":[1]}},[{\"f\":2}]],\"g\":null}"))
                .hasValueSatisfying(paths -> assertThat(paths)
                        .containsExactlyInAnyOrder("a", "a.b", "c", "c.d", "c.d.e", "c.f", "g"));
    }

    @Test
    void aRecordThatIsNoObjectHasNoPaths() {
        assertThat(FieldPaths.ofRecord("[1]")).isEmpty();
        assertThat(FieldPaths.ofRecord("{\"a\":")).isEmpty();
    }

    @Test
    void mappingPathsIncludeObjectsDottedNamesAndMultiFields() {
        String mappings = "{\"dynamic\":\"strict\",\"properties\":{"
                + "\"sock.family\":{\"type\":\"keyword\"},"
                + "\"msg\":{\"type\":\"text\",\"fields\":{\"keyword\":{\"type\":\"keyword\"}}},"
                + "\"items\":{\"type\":\"nested\",\"properties\":{\"n\":{\"type\":\"long\"}}},"
                + "\"o\":{\"properties\":{\"p\":{\"type\":\"ip\"}}}}}";

        assertThat(FieldPaths.ofMapping(mappings)).containsOnly(
                entry("sock", "object"), entry("sock.family", "keyword"),
                entry("msg", "text"), entry("msg.keyword", "keyword"),
                entry("items", "nested"), entry("items.n", "long"),
                entry("o", "object"), entry("o.p", "ip"));
    }
}
