package dev.otelint.collector.ottl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OttlFunctionsTest {
    private final OttlTestData data = new OttlTestData();

    @Test
    void setWritesFieldsAndAttributesButANilOrMistypedValueChangesNothing() {
        var log = data.run("set(severity_text, \"WARN\")", "set(severity_number, SEVERITY_NUMBER_WARN)",
                "set(attributes[\"a\"][\"b\"], 1)", "set(severity_text, nil)", "set(severity_text, 5)",
                "set(time_unix_nano, \"soon\")");
        assertThat(log.getSeverityText()).isEqualTo("WARN");
        assertThat(log.getSeverityNumberValue()).isEqualTo(13);
        assertThat(log.getTimeUnixNano()).isEqualTo(1_700_000_000_000_000_000L);
        assertThat(Values.fromKeyValues(log.getAttributesList())).containsEntry("a", Map.of("b", 1L));
    }

    @Test
    void deleteKeyDeleteMatchingKeysAndKeepKeysEditTheMapInPlace() {
        assertThat(data.attributes("delete_key(attributes, \"http.route\")")).containsOnlyKeys(
                "http.request.method", "http.response.status_code");
        assertThat(new OttlTestData().attributes("delete_matching_keys(attributes, \"^http\\\\.re\")"))
                .containsOnlyKeys("http.route");
        assertThat(new OttlTestData().attributes("keep_keys(attributes, [\"http.route\", \"absent\"])"))
                .containsOnlyKeys("http.route");
    }

    @Test
    void truncateAllCutsStringValuesOnlyAndNeverSplitsACharacter() {
        assertThat(data.attributes("set(attributes[\"utf\"], \"h\u00e9llo\")", "truncate_all(attributes, 2)"))
                .containsEntry("http.request.method", "GE").containsEntry("http.route", "/c")
                .containsEntry("utf", "h").containsEntry("http.response.status_code", 503L);
    }

    @Test
    void limitKeepsPriorityKeysFirstThenTheOthersInOrder() {
        assertThat(data.attributes("limit(attributes, 2, [\"http.response.status_code\"])"))
                .containsExactly(entry("http.request.method", "GET"), entry("http.response.status_code", 503L));
        assertThat(new OttlTestData().attributes("limit(attributes, 5, [])")).hasSize(3);
    }

    @Test
    void replacePatternExpandsGoStyleGroupReferences() {
        assertThat(data.attributes("replace_pattern(attributes[\"http.route\"], \"^/(\\\\w+)\", \"/api/${1}s$$\")",
                "replace_pattern(attributes[\"http.response.status_code\"], \"5\", \"x\")"))
                .containsEntry("http.route", "/api/carts$").containsEntry("http.response.status_code", 503L);
    }

    @Test
    void replaceAllPatternsWorksOnValuesOrKeys() {
        assertThat(data.attributes("replace_all_patterns(attributes, \"value\", \"^/\", \"root:\")"))
                .containsEntry("http.route", "root:cart");
        assertThat(new OttlTestData().attributes("replace_all_patterns(attributes, \"key\", \"^http\\\\.\", \"h.\")"))
                .containsOnlyKeys("h.request.method", "h.route", "h.response.status_code");
    }

    @Test
    void mergeMapsFollowsItsStrategy() {
        String source = "{\"http.route\": \"/new\", \"extra\": 1}";
        assertThat(data.attributes("merge_maps(attributes, " + source + ", \"insert\")"))
                .containsEntry("http.route", "/cart").containsEntry("extra", 1L);
        assertThat(new OttlTestData().attributes("merge_maps(attributes, " + source + ", \"update\")"))
                .containsEntry("http.route", "/new").doesNotContainKey("extra");
        assertThat(new OttlTestData().attributes("merge_maps(attributes, " + source + ", \"upsert\")"))
                .containsEntry("http.route", "/new").containsEntry("extra", 1L);
    }

    @Test
    void parseJsonGivesMapsWithFloatNumbersAndFailsOnBadJson() {
        assertThat(data.attributes("merge_maps(attributes, ParseJSON(body), \"upsert\")"))
                .containsEntry("user", "ana").containsEntry("n", 3.0);
        assertThatThrownBy(() -> new OttlTestData().run("set(attributes[\"x\"], ParseJSON(\"{nope\"))"))
                .isInstanceOf(OttlRuntimeException.class).hasMessageContaining("ParseJSON");
        assertThatThrownBy(() -> new OttlTestData().run("set(attributes[\"x\"], ParseJSON(1))"))
                .isInstanceOf(OttlRuntimeException.class).hasMessage("expected string but got int64");
    }

    @Test
    void concatIntAndStringConvertAsOttlsLikeGetters() {
        assertThat(data.attributes(
                "set(attributes[\"c\"], Concat([\"a\", 1, 2.5, true, nil, 0x0aff, [1, \"b\"]], \"|\"))",
                "set(attributes[\"i1\"], Int(\"42\"))", "set(attributes[\"i2\"], Int(3.9))",
                "set(attributes[\"i3\"], Int(true))", "set(attributes[\"i4\"], Int(\"4x\"))",
                "set(attributes[\"s1\"], String(503))", "set(attributes[\"s2\"], String({\"k\": \"v\"}))"))
                .containsEntry("c", "a|1|2.5|true|<nil>|0aff|[1,\"b\"]")
                .containsEntry("i1", 42L).containsEntry("i2", 3L).containsEntry("i3", 1L).doesNotContainKey("i4")
                .containsEntry("s1", "503").containsEntry("s2", "{\"k\":\"v\"}");
    }

    @Test
    void isMatchFindsThePatternAnywhereAndNilNeverMatches() {
        assertThat(data.test("IsMatch(attributes[\"http.route\"], \"ar\")")).isTrue();
        assertThat(data.test("IsMatch(attributes[\"http.response.status_code\"], \"^5\\\\d\\\\d$\")")).isTrue();
        assertThat(data.test("IsMatch(attributes[\"absent\"], \".*\")")).isFalse();
    }

    @Test
    void argumentsAreCheckedWhenTheStatementIsCompiled() {
        assertCompileError("delete_matching_keys(attributes, \"(\")",
                "the regex pattern supplied to delete_matching_keys is not a valid pattern");
        assertCompileError("truncate_all(attributes, -1)", "invalid limit for truncate_all function, -1 cannot be negative");
        assertCompileError("limit(attributes, 1, [\"a\", \"b\"])",
                "invalid limit for limit function, 1 cannot be less than number of priority attributes 2");
        assertCompileError("replace_all_patterns(attributes, \"both\", \"a\", \"b\")",
                "invalid mode both, must be either 'key' or 'value'");
        assertCompileError("merge_maps(attributes, attributes, \"replace\")", "invalid value for strategy, replace");
        assertCompileError("set(attributes[\"a\"])", "incorrect number of arguments for set. Expected: 2 Received: 1");
        assertCompileError("replace_pattern(body, \"a\")", "Expected: 3 to 5 Received: 2");
        assertCompileError("set(\"a\", \"b\")", "invalid argument at position 0 of set: must be a path");
        assertCompileError("keep_keys(attributes, [attributes[\"a\"]])", "must be a list of string literals");
        assertCompileError("truncate_all(attributes, \"2\")", "must be an int literal");
        assertCompileError("set(value = body, target = attributes[\"a\"], x = 1)", "no such parameter: x");
        assertCompileError("set(target = body, \"a\")", "unnamed argument used after named argument");
        assertCompileError("replace_pattern(body, \"a\", \"b\", SHA256)",
                "function \"SHA256\" as an argument is not supported by otelint");
        assertCompileError("replace_pattern(body, \"a\", \"b\", replacement_format = \"%s\")",
                "the optional argument replacement_format of replace_pattern is not supported by otelint");
    }

    @Test
    void aFunctionOutsideTheSubsetIsNamedAsUnsupportedAndAnUnknownOneAsUndefined() {
        assertCompileError("flatten(attributes)", "function \"flatten\" is not supported by otelint (supported: ");
        assertCompileError("set(attributes[\"h\"], SHA256(body))", "function \"SHA256\" is not supported by otelint");
        assertCompileError("set(attributes[\"h\"], Nope(body))", "undefined function \"Nope\"");
        assertThat(Functions.supportedNames()).containsExactlyInAnyOrder("set", "delete_key", "delete_matching_keys",
                "keep_keys", "truncate_all", "limit", "replace_pattern", "replace_all_patterns", "merge_maps",
                "ParseJSON", "Concat", "Int", "String", "IsMatch");
    }

    @Test
    void runtimeTypeErrorsAreReportedNotIgnored() {
        assertThatThrownBy(() -> data.run("delete_key(severity_text, \"a\")")).isInstanceOf(OttlRuntimeException.class)
                .hasMessage("expected pcommon.Map but got string");
        assertThatThrownBy(() -> new OttlTestData().run("set(attributes[\"http.route\"][\"x\"], 1)"))
                .hasMessage("type string does not support string indexing");
        assertThat(new OttlTestData().test("IsMatch(body, \"user.:.ana\")")).isTrue();
        assertThat(new OttlTestData().attributes("set(attributes[\"l\"], [1, 2])", "set(attributes[\"l\"][1], 3)"))
                .containsEntry("l", List.of(1L, 3L));
    }

    private static void assertCompileError(String statement, String message) {
        assertThatThrownBy(() -> OttlStatement.compile(statement, OttlContext.LOG)).isInstanceOf(OttlException.class)
                .hasMessageContaining(message);
    }
}
