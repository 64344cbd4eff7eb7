package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

    @Test
    void recordsLineAndColumnOfNestedValuesAndMemberNames() throws IOException {
        String json = """
                {
                  "a": 1,
                  "nested": {
                    "list": [true, "x", null]
                  }
                }""";
        JsonValue root = JsonTreeReader.parse(json);

        assertThat(root.line()).isEqualTo(1);
        assertThat(root.column()).isEqualTo(1);
        JsonValue.Member nested = root.members().get(1);
        assertThat(nested.name()).isEqualTo("nested");
        assertThat(nested.line()).isEqualTo(3);
        assertThat(nested.column()).isEqualTo(3);
        assertThat(nested.value().line()).isEqualTo(3);
        assertThat(nested.value().column()).isEqualTo(13);
        JsonValue list = nested.value().get("list");
        assertThat(list.line()).isEqualTo(4);
        assertThat(list.column()).isEqualTo(13);
        JsonValue x = list.elements().get(1);
        assertThat(x.text()).isEqualTo("x");
        assertThat(x.line()).isEqualTo(4);
        assertThat(x.column()).isEqualTo(20);
    }

    @Test
    void keepsNumberLiteralsAndTheirIntegralness() throws IOException {
        JsonValue root = JsonTreeReader.parse("{\"i\": 1, \"d\": 1.0, \"e\": 1e3, \"neg\": -0}");

        assertThat(root.get("i").kind()).isEqualTo(JsonValue.Kind.INTEGER);
        assertThat(root.get("d").kind()).isEqualTo(JsonValue.Kind.DECIMAL);
        assertThat(root.get("d").text()).isEqualTo("1.0");
        assertThat(root.get("e").kind()).isEqualTo(JsonValue.Kind.DECIMAL);
        assertThat(root.get("e").text()).isEqualTo("1e3");
        assertThat(root.get("neg").text()).isEqualTo("-0");
    }

    @Test
    void columnsCountUtf8Bytes() throws IOException {
        JsonValue root = JsonTreeReader.parse("{\"é\": \"ü\", \"x\": 1}");

        assertThat(root.get("é").column()).isEqualTo(8); // 7th character, 8th byte
        assertThat(root.get("x").column()).isEqualTo(19);
    }

    @Test
    void keepsDuplicateMembersInOrder() throws IOException {
        JsonValue root = JsonTreeReader.parse("{\"k\": 1, \"k\": 2}");

        assertThat(root.members()).extracting(JsonValue.Member::name).containsExactly("k", "k");
        assertThat(root.get("k").text()).isEqualTo("1");
    }

    @Test
    void shiftsLinesByTheOffsetOfAParserThatStartsMidFile() throws IOException {
        try (JsonParser p = JsonTreeReader.factory().createParser("{\"a\": {\"b\": 2}}")) {
            JsonValue root = new JsonTreeReader(p, 41).readValue(p.nextToken());

            assertThat(root.line()).isEqualTo(42);
            assertThat(root.get("a").get("b").line()).isEqualTo(42);
            assertThat(root.get("a").get("b").column()).isEqualTo(13);
            assertThat(root.members().get(0).line()).isEqualTo(42);
        }
    }

    @Test
    void sanityCheckManyRecordsKeepPositions() throws IOException {
        // A micro sanity check of the hot path: a large array parses into exact positions.
        StringBuilder sb = new StringBuilder("[\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sb.append("{\"i\":").append(i).append(",\"s\":\"v").append(i).append("\"}")
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        sb.append(']');

        JsonValue root = JsonTreeReader.parse(sb.toString());

        assertThat(root.elements()).hasSize(n);
        JsonValue last = root.elements().get(n - 1);
        assertThat(last.line()).isEqualTo(n + 1);
        assertThat(last.get("s").text()).isEqualTo("v" + (n - 1));
        assertThat(last.get("s").column()).isEqualTo(("{\"i\":" + (n - 1) + ",\"s\":").length() + 1);
    }
}
