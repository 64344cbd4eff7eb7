package dev.otelint.collector.receiver.filelog.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.config.YamlConfigReader;
import dev.otelint.collector.receiver.filelog.entry.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorPipelineTest {
    private final List<String> errors = new ArrayList<>();

    private List<Entry> run(String operatorsYaml, String... bodies) {
        OperatorPipeline pipeline = OperatorPipeline.build(YamlConfigReader.readString("test.yaml", operatorsYaml),
                (id, message) -> errors.add(id + ": " + message));
        List<Entry> out = new ArrayList<>();
        for (String body : bodies) {
            pipeline.process(new Entry(body, Instant.EPOCH), out::add);
        }
        return out;
    }

    @Test
    void regexParserPutsNamedGroupsInAttributesWithEmbeddedTimestampAndSeverity() {
        List<Entry> out = run("""
                - type: regex_parser
                  regex: '^(?P<time>\\S+ \\S+) (?P<sev_level>[A-Z]+) (?P<msg>.*)$'
                  timestamp: {parse_from: attributes.time, layout: '%Y-%m-%d %H:%M:%S.%L', location: UTC}
                  severity: {parse_from: attributes.sev_level}
                """, "2024-03-01 10:20:30.123 WARNING disk almost full");
        Entry e = out.get(0);
        assertThat(e.attributes).containsEntry("sev_level", "WARNING").containsEntry("msg", "disk almost full");
        assertThat(e.timestamp).isEqualTo(Instant.parse("2024-03-01T10:20:30.123Z"));
        assertThat(e.severity).isEqualTo(13); // "warning" is an alias of WARN in the default preset
        assertThat(e.severityText).isEqualTo("WARNING");
        assertThat(e.body).isEqualTo("2024-03-01 10:20:30.123 WARNING disk almost full");
    }

    @Test
    void jsonParserMakesNumbersFloatsUnlessParseIntsAndMergesIntoAttributes() {
        List<Entry> out = run("""
                - type: json_parser
                - type: json_parser
                  parse_from: body
                  parse_to: body
                  parse_ints: true
                """, "{\"n\": 3, \"user\": {\"id\": \"u1\"}, \"ok\": true}");
        Entry e = out.get(0);
        assertThat(e.attributes).containsEntry("n", 3.0).containsEntry("ok", true)
                .containsEntry("user", Map.of("id", "u1"));
        assertThat(e.body).isEqualTo(Map.of("n", 3L, "user", Map.of("id", "u1"), "ok", true));
    }

    @Test
    void moveCopyAddRemoveUseStanzaFieldSyntax() {
        List<Entry> out = run("""
                - type: regex_parser
                  regex: '^(?P<method>\\S+) (?P<path>\\S+)$'
                - type: move
                  from: attributes.method
                  to: attributes["http.request.method"]
                - type: copy
                  from: attributes.path
                  to: resource["url.path"]
                - type: add
                  field: attributes.tags
                  value: [a, b]
                - type: remove
                  field: attributes.path
                """, "GET /cart");
        Entry e = out.get(0);
        assertThat(e.attributes).containsOnlyKeys("http.request.method", "tags");
        assertThat(e.attributes.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(e.resource).containsEntry("url.path", "/cart");
    }

    @Test
    void ifSkipsTheOperatorAndOnErrorDecidesWhatHappensToAFailedEntry() {
        String yaml = """
                - type: regex_parser
                  regex: '^(?P<level>\\w+): (?P<msg>.*)$'
                  on_error: %s
                - type: add
                  field: attributes.loud
                  value: "yes"
                  if: 'attributes.level == "ERROR" and body matches "disk"'
                """;
        List<Entry> sent = run(yaml.formatted("send"), "ERROR: disk full", "INFO: disk ok", "garbage");
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).attributes).containsEntry("loud", "yes");
        assertThat(sent.get(1).attributes).doesNotContainKey("loud");
        assertThat(sent.get(2).attributes).isEmpty();
        assertThat(errors).containsExactly("regex_parser: regex pattern does not match");
        errors.clear();
        assertThat(run(yaml.formatted("drop_quiet"), "garbage", "INFO: ok")).hasSize(1);
        assertThat(errors).isEmpty();
        assertThat(run(yaml.formatted("send_quiet"), "garbage")).hasSize(1);
        assertThat(run(yaml.formatted("drop"), "garbage")).isEmpty();
        assertThat(errors).hasSize(1);
    }

    @Test
    void routerSendsToTheFirstMatchingRouteElseTheDefault() {
        List<Entry> out = run("""
                - type: router
                  routes:
                    - output: as_json
                      expr: 'body startsWith "{"'
                      attributes: {format: json}
                  default: plain
                - id: as_json
                  type: json_parser
                  output: end
                - id: plain
                  type: add
                  field: attributes.format
                  value: text
                - id: end
                  type: noop
                """, "{\"a\": \"b\"}", "plain line");
        assertThat(out.get(0).attributes).containsEntry("format", "json").containsEntry("a", "b");
        assertThat(out.get(1).attributes).containsOnly(Map.entry("format", "text"));
    }

    @Test
    void severityMappingHasHttpRangesListsAndOverwriteText() {
        List<Entry> out = run("""
                - type: severity_parser
                  parse_from: body
                  overwrite_text: true
                  mapping:
                    info: [2xx, 3xx]
                    warn: 4xx
                    error: {min: 500, max: 599}
                    fatal: [oops, 42]
                """, "204", "404", "503", "OOPS", "42", "error", "nothing");
        assertThat(out).extracting(e -> e.severity).containsExactly(9, 13, 17, 21, 21, 17, 0);
        assertThat(out).extracting(e -> e.severityText)
                .containsExactly("INFO", "WARN", "ERROR", "FATAL", "FATAL", "ERROR", "nothing");
    }

    @Test
    void timeParserReadsGoLayoutsAndEpochs() {
        List<Entry> out = run("""
                - type: time_parser
                  parse_from: body
                  layout_type: gotime
                  layout: 'Jan _2 15:04:05.000 -07:00'
                """, "Mar  5 08:09:10.250 +02:00");
        assertThat(out.get(0).timestamp.toString()).endsWith("-03-05T06:09:10.250Z");
        List<Entry> epoch = run("""
                - type: time_parser
                  parse_from: body
                  layout_type: epoch
                  layout: s.ms
                """, "1700000000.5");
        assertThat(epoch.get(0).timestamp).isEqualTo(Instant.parse("2023-11-14T22:13:20.500Z"));
    }

    @Test
    void configProblemsAreReportedAllAtOnceWithWhere() {
        assertThatThrownBy(() -> run("""
                - type: regex_parser
                  regex: '(?P<a>['
                - type: nope
                - type: move
                  from: attributes.a
                  to: attributes.b
                  if: 'env("X") == "y"'
                - type: add
                  field: attributes.x
                  value: 1
                  output: missing
                - type: router
                  if: 'body == "x"'
                  routes: [{expr: 'body == "y"', output: missing}]
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("router: 'if' does not apply to a router")
                .hasMessageContaining("operators[0] (test.yaml:1:3) regex_parser: compiling regex")
                .hasMessageContaining("unsupported operator type \"nope\"")
                .hasMessageContaining("unsupported expression construct: function call 'env()'")
                .hasMessageContaining("operator 'missing' does not exist");
    }
}
