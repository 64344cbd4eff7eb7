package dev.otelint.integration.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** examples/nginx, the integration the README's quick start runs on, is complete and checks clean. */
class ExampleNginxTest {

    private static final Path NGINX = Path.of("examples/nginx");

    @Test
    void followsTheFormatAndChecksWithoutAnyFinding() throws IOException {
        JsonNode config = IntegrationFormat.assertFollowsFormat(NGINX, "nginx", "1.0.0");
        assertThat(config.get("components")).extracting(c -> c.get("name").asText())
                .containsExactly("logs", "http", "url", "nginx");
        for (String[] args : List.of(
                new String[] {"validate", "--fail-on", "info", "--integration", NGINX.toString(), NGINX.resolve("data").toString()},
                new String[] {"check-assets", "--fail-on", "info", "--integration", NGINX.toString()})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("0 errors, 0 warnings, 0 infos");
        }
        List<JsonNode> objects = IntegrationFormat.assertConsistentBundle(NGINX.resolve("assets/nginx-1.0.0.ndjson"));
        assertThat(objects).extracting(o -> o.get("type").asText())
                .contains("index-pattern", "visualization", "search", "dashboard");
    }

    @Test
    void recordsUseCurrentConventionNamesAndIntegerStatusCodes() throws IOException {
        JsonNode records = new ObjectMapper().readTree(NGINX.resolve("data/sample.json").toFile());
        assertThat(records).hasSize(20);
        for (JsonNode r : records) {
            assertThat(r.at("/http/response/status_code").isInt()).isTrue();
            assertThat(r.at("/http/request/method").asText()).matches("[A-Z]+");
            assertThat(r.at("/client/address").asText()).isNotEmpty();
            assertThat(r.at("/user_agent/original").asText()).isNotEmpty();
            assertThat(r.at("/network/protocol/version").asText()).isIn("1.1", "2.0");
            assertThat(r.at("/url/path").asText()).startsWith("/");
            assertThat(r.has("communication")).isFalse();
            assertThat(r.at("/http/flavor").isMissingNode()).isTrue();
        }
    }

    @Test
    void theCollectorParsesEveryRawLineIntoTheSampleRecordsFields() throws IOException {
        JsonNode collector = new YAMLMapper().readTree(NGINX.resolve("getting-started/collector.yaml").toFile());
        Pattern regex = CollectorConfigTest.javaRegex(collector.at("/receivers/filelog/operators/0/regex").asText());
        List<String> lines = Files.readAllLines(NGINX.resolve("getting-started/raw.log"));
        JsonNode records = new ObjectMapper().readTree(NGINX.resolve("data/sample.json").toFile());
        assertThat(lines).hasSize(records.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode r = records.get(i);
            Matcher m = regex.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            assertThat(r.get("body").asText()).isEqualTo(lines.get(i));
            assertThat(m.group("clientaddress")).isEqualTo(r.at("/client/address").asText());
            assertThat(m.group("method")).isEqualTo(r.at("/http/request/method").asText());
            assertThat(m.group("path")).isEqualTo(r.at("/url/path").asText());
            assertThat(m.group("protocolversion")).isEqualTo(r.at("/network/protocol/version").asText());
            assertThat(Integer.parseInt(m.group("status"))).isEqualTo(r.at("/http/response/status_code").asInt());
            assertThat(Long.parseLong(m.group("bodysize"))).isEqualTo(r.at("/http/response/body/size").asLong());
            assertThat(m.group("useragent")).isEqualTo(r.at("/user_agent/original").asText());
        }
        assertThat(collector.at("/exporters/opensearch/dataset").asText()).isEqualTo("nginx");
    }
}
