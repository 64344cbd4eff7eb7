package dev.otelint.collector.ottl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OttlParserTest {
    private final OttlTestData data = new OttlTestData();

    @Test
    void literalsOfEveryKindParseToTheirValues() {
        assertThat(data.test("\"a\\\"b\\\\c\" == \"a\\\"b\\\\c\"")).isTrue();
        assertThat(data.test("-12 < 3")).isTrue();
        assertThat(data.test("1.5e2 == 150")).isTrue();
        assertThat(data.test(".5 < 1")).isTrue();
        assertThat(data.test("true == true and false != true")).isTrue();
        assertThat(data.test("attributes[\"missing\"] == nil")).isTrue();
        assertThat(data.test("0x0A0b == 0x0a0B")).isTrue();
        assertThat(data.test("SEVERITY_NUMBER_INFO == 9 and SEVERITY_NUMBER_FATAL4 == 24")).isTrue();
    }

    @Test
    void eachContextKnowsItsOwnEnumSymbols() {
        assertThat(enumValue("SPAN_KIND_SERVER", OttlContext.SPAN)).isEqualTo(2L);
        assertThat(enumValue("STATUS_CODE_ERROR", OttlContext.SPANEVENT)).isEqualTo(2L);
        assertThat(enumValue("METRIC_DATA_TYPE_SUM", OttlContext.METRIC)).isEqualTo(2L);
        assertThat(enumValue("AGGREGATION_TEMPORALITY_DELTA", OttlContext.DATAPOINT)).isEqualTo(1L);
        assertThat(enumValue("FLAG_NO_RECORDED_VALUE", OttlContext.DATAPOINT)).isEqualTo(1L);
        assertThatThrownBy(() -> OttlCondition.compile("SPAN_KIND_SERVER == 2", OttlContext.LOG))
                .hasMessage("enum symbol, SPAN_KIND_SERVER, not found");
        assertThatThrownBy(() -> OttlCondition.compile("SEVERITY_NUMBER_INFO == 9", OttlContext.RESOURCE))
                .hasMessage("enum symbol, SEVERITY_NUMBER_INFO, not found");
    }

    private static Object enumValue(String symbol, OttlContext context) {
        return new Compiler(context, false).value(new Ast.EnumSymbol(symbol, 1)).get(null);
    }

    @Test
    void mathFollowsPrecedenceAndOttlsNumberTypes() {
        assertThat(data.test("1 + 2 * 3 == 7 and (1 + 2) * 3 == 9 and ((1 + 2)) == 3")).isTrue();
        assertThat(data.test("7 / 2 == 3 and 7 / 2.0 == 3.5 and 10 - 2 - 3 == 5")).isTrue();
        assertThat(data.test("attributes[\"http.response.status_code\"] -3 == 500")).isTrue();
        assertThat(data.test("-attributes[\"http.response.status_code\"] == -503 and - -1 == 1")).isTrue();
        assertThat(data.test("(1 + 1) > 1 and (true or false)")).isTrue();
        assertThat(data.attributes("set(attributes[\"s\"], time_unix_nano / 1000000000)"))
                .containsEntry("s", 1_700_000_000L);
        assertThatThrownBy(() -> data.test("1 / 0 == 1")).isInstanceOf(OttlRuntimeException.class)
                .hasMessage("attempted to divide by 0");
        assertThatThrownBy(() -> data.test("attributes[\"http.route\"] * 2 == 1"))
                .hasMessage("/cart must be int64 or float64");
    }

    @Test
    void andBindsTighterThanOrAndNotAppliesToOneValue() {
        assertThat(data.test("true or false and false")).isTrue();
        assertThat(data.test("(true or false) and false")).isFalse();
        assertThat(data.test("not true or true")).isTrue();
        assertThat(data.test("not (true or true)")).isFalse();
        assertThat(data.test("not false and not false")).isTrue();
    }

    @Test
    void everyComparisonOperatorFollowsOttlTypeRules() {
        assertThat(data.test("attributes[\"http.response.status_code\"] >= 500")).isTrue();
        assertThat(data.test("attributes[\"http.response.status_code\"] <= 503.0")).isTrue();
        assertThat(data.test("attributes[\"http.response.status_code\"] > 503")).isFalse();
        assertThat(data.test("\"abc\" < \"abd\"")).isTrue();
        // different types: never equal, never ordered
        assertThat(data.test("attributes[\"http.response.status_code\"] == \"503\"")).isFalse();
        assertThat(data.test("attributes[\"http.response.status_code\"] != \"503\"")).isTrue();
        assertThat(data.test("attributes[\"http.response.status_code\"] < \"600\"")).isFalse();
        assertThat(data.test("nil == nil")).isTrue();
        assertThat(data.test("attributes[\"http.route\"] != nil")).isTrue();
        assertThat(data.test("nil < 1")).isFalse();
        assertThat(data.test("false < true")).isTrue();
    }

    @Test
    void argumentsMayBeNamedListsMapsAndNestedConvertersWithKeys() {
        assertThat(data.attributes(
                "set(target = attributes[\"combined\"], value = Concat([attributes[\"http.request.method\"], "
                        + "String(ParseJSON(body)[\"n\"])], \" \"))",
                "set(attributes[\"m\"], {\"a\": [1, 2], \"b\": \"c\"})")).containsEntry("combined", "GET 3")
                .containsEntry("m", java.util.Map.of("a", List.of(1L, 2L), "b", "c"));
    }

    @Test
    void whereClauseGuardsTheEditor() {
        assertThat(data.attributes("set(attributes[\"hit\"], true) where attributes[\"http.route\"] == \"/cart\"",
                "set(attributes[\"miss\"], true) where IsMatch(attributes[\"http.route\"], \"^/api\")"))
                .containsEntry("hit", true).doesNotContainKey("miss");
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        assertError("set(attributes[\"a\"], \"b\"", 25, "unexpected token end of statement (expected \")\")");
        assertError("set(attributes[\"a\"] \"b\")", 21, "unexpected token string \"b\" (expected \")\")");
        assertError("set(attributes[\"a\"], \"b\") where", 32, "expected a value");
        assertError("Concat([\"a\"], \"\")", 1, "editor names must start with a lowercase letter but got 'Concat'");
        assertError("set(attributes[\"a\"], concat([\"a\"], \"\"))", 22,
                "converter names must start with an uppercase letter but got 'concat'");
        assertError("set(attributes[\"a\"], SPAN_KIND_NOPE)", 22, "enum symbol, SPAN_KIND_NOPE, not found");
        assertError("set(attributes[\"a\"], \"open)", 22, "unterminated string");
        assertError("set(attributes[\"a\"], 0xABC)", 22, "invalid bytes literal");
        assertError("set(attributes[\"a\"], (1 + 2)", 29, "expected \")\"");
        assertError("set(attributes[\"a\"], \"x\") where attributes[\"b\"]", 48, "expected a comparison operator");
        assertError("set(attributes[\"a\"], \"\\q\")", 23, "invalid escape sequence \\q");
        assertError("set(attributes[\"a\"], 99999999999999999999)", 22, "out of range for int64");
        assertError("set(attributes[\"a\"], \"b\")[\"k\"]", 27, "an editor's result cannot be indexed");
        assertError("set(attributes[\"a\"], \"b\") extra", 27, "unexpected token \"extra\" (expected end of statement)");
    }

    private static void assertError(String statement, int column, String message) {
        assertThatThrownBy(() -> OttlStatement.compile(statement, OttlContext.LOG))
                .isInstanceOfSatisfying(OttlException.class, e -> assertThat(e.column()).isEqualTo(column))
                .hasMessageContaining(message);
    }

    private static final List<String> VALID = List.of(
            "set(attributes[\"a\"][\"b\"], Concat([\"x\", attributes[\"y\"], 1, 2.5, true, nil], \"-\")) "
                    + "where not (severity_number >= SEVERITY_NUMBER_WARN or IsMatch(body, \"^a.*\")) and 0x01 != nil",
            "replace_pattern(body, \"(\\\\d+)\", \"$1\") where resource.attributes[\"service.name\"] == \"x\"",
            "merge_maps(attributes, ParseJSON(body), strategy = \"upsert\")",
            "limit(attributes, 2, [\"a\", \"b\"])",
            "set(attributes[\"d\"], (time_unix_nano - observed_time_unix_nano) / -1000) where ((severity_number + 1) * 2 > 3)");

    /** Every truncation and random damage of valid statements is either valid or a positioned config error. */
    @Test
    void truncatedAndDamagedStatementsOnlyEverGiveConfigErrors() {
        Random random = new Random(5);
        String alphabet = "()[]{}\",.=<>!+-*/: abzAZ09_x\\";
        int errors = 0;
        for (String statement : VALID) {
            OttlStatement.compile(statement, OttlContext.LOG);
            for (int cut = 0; cut < statement.length(); cut++) {
                errors += compiles(statement.substring(0, cut)) ? 0 : 1;
            }
            for (int i = 0; i < 300; i++) {
                StringBuilder damaged = new StringBuilder(statement);
                int at = random.nextInt(damaged.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (random.nextBoolean()) {
                    damaged.setCharAt(at, c);
                } else {
                    damaged.insert(at, c);
                }
                errors += compiles(damaged.toString()) ? 0 : 1;
            }
        }
        for (int i = 0; i < 3000; i++) {
            StringBuilder noise = new StringBuilder("set(");
            for (int n = random.nextInt(30); n > 0; n--) {
                noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            errors += compiles(noise.toString()) ? 0 : 1;
        }
        assertThat(errors).isGreaterThan(3000);
    }

    private static boolean compiles(String text) {
        try {
            OttlStatement.compile(text, OttlContext.LOG);
            return true;
        } catch (OttlException e) {
            assertThat(e.column()).as(text).isBetween(0, text.length() + 1);
            assertThat(e.getMessage()).as(text).isNotBlank();
            return false;
        }
    }
}
