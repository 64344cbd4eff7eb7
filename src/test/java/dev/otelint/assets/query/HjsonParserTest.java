package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HjsonParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}",
        "[1, -2, 3.5, 1e3, -0.25E-2, 2147483648, 9223372036854775808, 0]",
        "{\"s\": \"q\\\"uote \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\"}", "\"just a string\"", "42",
        "{\"nested\": [[{\"x\": []}], {}], \"empty\": \"\"}", "  {\"a\" :  \"b\" }  "
    })
    void plainJsonReadsToTheTreeJacksonBuilds(String json) throws Exception {
        assertThat(HjsonParser.parse(json)).isEqualTo(JSON.readTree(json));
    }

    @Test
    void commentsOfAllThreeKindsAreIgnored() throws Exception {
        JsonNode node = HjsonParser.parse("""
                # hash comment
                {
                  // slash comment
                  a: 1 # after a number
                  /* block
                     comment */ b: "x" // after a quoted string
                  c: 2 /* after a number */
                }
                """);
        assertThat(node).isEqualTo(json("{\"a\":1,\"b\":\"x\",\"c\":2}"));
    }

    @Test
    void quotelessStringsRunToTheEndOfTheLineWithTheirPunctuation() throws Exception {
        JsonNode node = HjsonParser.parse("""
                {
                  text: look ma, no quotes!   \s
                  hash: a # is text here
                  brackets: this is OK: {}[],
                  number-like: 3 times
                  url: http://example.com/x
                }
                """);
        assertThat(node.get("text").asText()).isEqualTo("look ma, no quotes!");
        assertThat(node.get("hash").asText()).isEqualTo("a # is text here");
        assertThat(node.get("brackets").asText()).isEqualTo("this is OK: {}[],");
        assertThat(node.get("number-like").asText()).isEqualTo("3 times");
        assertThat(node.get("url").asText()).isEqualTo("http://example.com/x");
    }

    @Test
    void keywordsAndNumbersEndAtACommaOrBracket() throws Exception {
        assertThat(HjsonParser.parse("{a: 1, b: true, c: null}"))
                .isEqualTo(json("{\"a\":1,\"b\":true,\"c\":null}"));
        assertThat(HjsonParser.parse("[1,2,false]")).isEqualTo(json("[1,2,false]"));
    }

    @Test
    void commasAreOptionalBetweenLinesAndAllowedAtTheEnd() throws Exception {
        JsonNode node = HjsonParser.parse("""
                {
                  one: 1
                  two: 2,
                  list: [
                    1
                    2,
                  ],
                  text: [
                    a,
                  ],
                  quoted: "x" "y": 3
                }
                """);
        assertThat(node).isEqualTo(json("{\"one\":1,\"two\":2,\"list\":[1,2],\"text\":[\"a,\"],\"quoted\":\"x\",\"y\":3}"));
    }

    @Test
    void multilineStringsDropTheOpeningIndentAndTheLastLineBreak() throws Exception {
        JsonNode node = HjsonParser.parse("{\n  haiku:\n    '''\n    JSON I love you.\n      indented\r\n    end\n    '''\n}");
        assertThat(node.get("haiku").asText()).isEqualTo("JSON I love you.\n  indented\nend");
    }

    @Test
    void multilineStringOnOneLineKeepsItsText() throws Exception {
        assertThat(HjsonParser.parse("{a: '''  it's ''' }").get("a").asText()).isEqualTo("it's ");
    }

    @Test
    void singleQuotedStringsAndKeysReadLikeDoubleQuotedOnes() throws Exception {
        assertThat(HjsonParser.parse("{'a b': 'say \"hi\" \\'there\\''}"))
                .isEqualTo(json("{\"a b\":\"say \\\"hi\\\" 'there'\"}"));
    }

    @Test
    void rootBracesMayBeOmitted() throws Exception {
        assertThat(HjsonParser.parse("a: 1\nb: two\n")).isEqualTo(json("{\"a\":1,\"b\":\"two\"}"));
    }

    @Test
    void aBareRootValueIsAQuotelessString() throws Exception {
        assertThat(HjsonParser.parse("hello world").asText()).isEqualTo("hello world");
    }

    @Test
    void aRepeatedMemberKeepsItsLastValueAsHjsonJsDoes() throws Exception {
        HjsonDocument doc = HjsonParser.parseDocument("{a: 1, a: 22}");
        assertThat(doc.root()).isEqualTo(json("{\"a\":22}"));
        assertThat(doc.valueSpan("/a")).contains(new HjsonSpan(10, 2));
    }

    @Test
    void valueSpansCoverEachValueAsWritten() throws Exception {
        String text = "{\n  \"field\": \"http.url\",\n  bare: host.name  \n  n: 12,\n  o: {x: [1, 'y']}\n}";
        HjsonDocument doc = HjsonParser.parseDocument(text);
        assertThat(written(text, doc.valueSpan("/field").orElseThrow())).isEqualTo("\"http.url\"");
        assertThat(written(text, doc.valueSpan("/bare").orElseThrow())).isEqualTo("host.name");
        assertThat(written(text, doc.valueSpan("/n").orElseThrow())).isEqualTo("12");
        assertThat(written(text, doc.valueSpan("/o").orElseThrow())).isEqualTo("{x: [1, 'y']}");
        assertThat(written(text, doc.valueSpan("/o/x/1").orElseThrow())).isEqualTo("'y'");
        assertThat(written(text, doc.valueSpan("").orElseThrow())).isEqualTo(text);
        assertThat(doc.valueSpan("/missing")).isEmpty();
    }

    @Test
    void keySpansCoverMemberNamesAsWritten() throws Exception {
        String text = "{\"term\": {\"http.url\": \"x\", service.name: \"y\", 'a/b~c': 1}}";
        HjsonDocument doc = HjsonParser.parseDocument(text);
        assertThat(written(text, doc.keySpan("/term/http.url").orElseThrow())).isEqualTo("\"http.url\"");
        assertThat(written(text, doc.keySpan("/term/service.name").orElseThrow())).isEqualTo("service.name");
        assertThat(written(text, doc.keySpan("/term/a~1b~0c").orElseThrow())).isEqualTo("'a/b~c'");
        assertThat(doc.keySpan("")).isEmpty();
    }

    @Test
    void readsAVegaSpecWrittenInHjson() throws Exception {
        String spec = """
                {
                  $schema: https://vega.github.io/schema/vega-lite/v5.json
                  title: Bytes by host
                  // the query goes to OpenSearch
                  data: {
                    url: {
                      index: logs-*
                      body: {
                        aggs: {
                          hosts: {terms: {field: "host.name", size: 10}}
                        }
                        size: 0
                      }
                    }
                    format: {property: "aggregations.hosts.buckets"}
                  }
                  mark: bar
                  encoding: {
                    x: {field: "key", type: "nominal"}
                    y: {
                      field: doc_count
                      type: quantitative
                    }
                  }
                }
                """;
        HjsonDocument doc = HjsonParser.parseDocument(spec);
        JsonNode root = doc.root();
        assertThat(root.at("/data/url/index").asText()).isEqualTo("logs-*");
        assertThat(root.at("/data/url/body/aggs/hosts/terms/size").asInt()).isEqualTo(10);
        assertThat(root.at("/$schema").asText()).isEqualTo("https://vega.github.io/schema/vega-lite/v5.json");
        HjsonSpan field = doc.valueSpan("/data/url/body/aggs/hosts/terms/field").orElseThrow();
        assertThat(written(spec, field)).isEqualTo("\"host.name\"");
        assertThat(root.at("/encoding/y/field").asText()).isEqualTo("doc_count");
    }

    @Test
    void anUnclosedObjectNamesWhereItOpened() {
        QuerySyntaxException e = failure("{\n  a: {b: 1\n}");
        assertThat(e.getMessage()).contains("expected '}'").contains("opened at offset 0");
        assertThat(e.offset()).isEqualTo(14);
    }

    @Test
    void aMissingColonIsReportedAfterTheMemberName() {
        QuerySyntaxException e = failure("{\"a\" 1}");
        assertThat(e.getMessage()).startsWith("expected ':' after member name 'a' but found '1'");
        assertThat(e.offset()).isEqualTo(5);
    }

    @Test
    void anUnclosedArrayIsAnError() {
        assertThat(failure("[1, 2").getMessage()).startsWith("expected ']' to close the array opened at offset 0");
    }

    @Test
    void aPunctuatorWhereAValueBelongsIsAnError() {
        QuerySyntaxException e = failure("{a: }");
        assertThat(e.getMessage()).startsWith("expected a value but found '}'");
        assertThat(e.offset()).isEqualTo(4);
        assertThat(failure("[1,,2]").offset()).isEqualTo(3);
    }

    @Test
    void whitespaceInsideAnUnquotedNameIsAnError() {
        QuerySyntaxException e = failure("{my key: 1}");
        assertThat(e.getMessage()).startsWith("whitespace in a member name");
        assertThat(e.offset()).isEqualTo(3);
    }

    @Test
    void badStringsAreErrors() {
        assertThat(failure("{\"a\": \"open}").getMessage()).startsWith("unterminated string");
        assertThat(failure("{\"a\": \"x\\q\"}").getMessage()).startsWith("unknown escape '\\q'");
        assertThat(failure("{\"a\": \"x\\u12\"}").getMessage()).startsWith("expected 4 hex digits");
        assertThat(failure("{\"a\": \"two\nlines\"}").getMessage()).startsWith("line break inside a quoted string");
        assertThat(failure("{a: '''never closed}").getMessage()).startsWith("unterminated multiline string");
    }

    @Test
    void textAfterTheRootIsAnError() {
        QuerySyntaxException e = failure("{} x");
        assertThat(e.getMessage()).startsWith("expected the end of the text after the root value but found 'x'");
        assertThat(e.offset()).isEqualTo(3);
    }

    @Test
    void emptyTextIsAnError() {
        assertThat(failure("  # only a comment\n").getMessage()).startsWith("expected a value but found end of text");
    }

    @Test
    void hostileNestingFailsAsASyntaxError() {
        assertThat(failure("[".repeat(100_000)).getMessage()).startsWith("values nested more than 500 levels deep");
    }

    @Test
    void vegaQueryPlaceholdersReadAsKeysAndQuotelessValues() throws Exception {
        JsonNode url = HjsonParser.parse("""
                url: {
                  %timefield%: @timestamp
                  interval: { %autointerval%: true }
                  min: { %timefilter%: "min" }
                }
                """).get("url");
        assertThat(url.get("%timefield%").asText()).isEqualTo("@timestamp");
        assertThat(url.at("/interval/%autointerval%").asBoolean()).isTrue();
        assertThat(url.at("/min/%timefilter%").asText()).isEqualTo("min");
    }

    private static QuerySyntaxException failure(String text) {
        return catchThrowableOfType(QuerySyntaxException.class, () -> HjsonParser.parse(text));
    }

    private static String written(String text, HjsonSpan span) {
        return text.substring(span.offset(), span.end());
    }

    private static JsonNode json(String json) throws Exception {
        return JSON.readTree(json);
    }
}
