package dev.otelint.collector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;
    private final List<Finding> findings = new ArrayList<>();

    private ConfigMap load(List<String> configs, List<String> sets, Map<String, String> env) {
        return new ConfigLoader(env::get, findings::add).load(configs, sets);
    }

    private String write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p.toString();
    }

    private static ConfigNode at(ConfigMap root, String... keys) {
        ConfigNode node = root;
        for (String k : keys) {
            node = ((ConfigMap) node).get(k);
        }
        return node;
    }

    @Test
    void laterFilesMergeMapsDeeplyAndReplaceListsAndScalars() throws IOException {
        String base = write("base.yaml", """
                processors:
                  batch:
                    timeout: 1s
                    send_batch_size: 10
                service:
                  pipelines:
                    traces:
                      processors: [batch, other]
                """);
        String prod = write("prod.yaml", """
                processors:
                  batch:
                    timeout: 5s
                service:
                  pipelines:
                    traces:
                      processors: [batch]
                """);
        ConfigMap root = load(List.of(base, prod), List.of(), Map.of());
        assertThat(((ConfigScalar) at(root, "processors", "batch", "timeout")).value()).isEqualTo("5s");
        assertThat(((ConfigScalar) at(root, "processors", "batch", "send_batch_size")).value()).isEqualTo(10L);
        assertThat(((ConfigList) at(root, "service", "pipelines", "traces", "processors")).items()).hasSize(1);
        ConfigScalar timeout = (ConfigScalar) at(root, "processors", "batch", "timeout");
        assertThat(timeout.source()).isEqualTo(new ConfigSource(prod, 3, 14));
    }

    @Test
    void setTakesDotsOrDoubleColonsAndYamlValuesAndWinsOverFiles() throws IOException {
        String base = write("c.yaml", "exporters:\n  debug:\n    verbosity: basic\n");
        ConfigMap root = load(List.of(base), List.of("exporters.debug.verbosity=detailed",
                "processors::batch::send_batch_size= 200", "service.pipelines.traces.exporters=[debug, file]"), Map.of());
        assertThat(((ConfigScalar) at(root, "exporters", "debug", "verbosity")).value()).isEqualTo("detailed");
        assertThat(((ConfigScalar) at(root, "processors", "batch", "send_batch_size")).value()).isEqualTo(200L);
        assertThat(((ConfigList) at(root, "service", "pipelines", "traces", "exporters")).items()).hasSize(2);
        assertThat(at(root, "exporters", "debug", "verbosity").source().file())
                .isEqualTo("--set exporters.debug.verbosity=detailed");
    }

    @Test
    void setWithoutEqualSignIsABadInvocation() throws IOException {
        String base = write("c.yaml", "exporters:\n");
        assertThatThrownBy(() -> load(List.of(base), List.of("exporters.debug"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessage("--set exporters.debug: missing equal sign");
    }

    @Test
    void expansionRunsAfterMergingSoOverriddenReferencesDoNotWarn() throws IOException {
        String a = write("a.yaml", "exporters:\n  file:\n    path: ${env:UNSET}\n");
        String b = write("b.yaml", "exporters:\n  file:\n    path: /tmp/x.json\n");
        load(List.of(a, b), List.of(), Map.of());
        assertThat(findings).isEmpty();
    }

    @Test
    void yamlAndEnvConfigSourcesAreRead() {
        ConfigMap root = load(List.of("yaml:exporters::debug::verbosity: normal", "env:CFG"), List.of(),
                Map.of("CFG", "receivers:\n  test:\n"));
        assertThat(((ConfigScalar) at(root, "exporters", "debug", "verbosity")).value()).isEqualTo("normal");
        assertThat(root.get("receivers")).isInstanceOf(ConfigMap.class);
    }

    @Test
    void yamlErrorsAndDuplicateKeysNameFileAndLine() throws IOException {
        String dup = write("dup.yaml", "processors:\n  batch:\n  batch:\n");
        assertThatThrownBy(() -> load(List.of(dup), List.of(), Map.of())).isInstanceOf(BadInputException.class)
                .hasMessage(dup + ":3:3: mapping key \"batch\" already defined at line 2");
        String bad = write("bad.yaml", "receivers:\n  otlp: [\n");
        assertThatThrownBy(() -> load(List.of(bad), List.of(), Map.of())).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(bad + ":3:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> load(List.of(dir.resolve("none.yaml").toString()), List.of(), Map.of()))
                .hasMessageEndingWith("none.yaml: cannot read: no such file");
    }

    @Test
    void plainScalarsResolveAsTheCollectorsYamlParserDoes() {
        assertThat(YamlScalars.resolvePlain("yes")).isEqualTo("yes");
        assertThat(YamlScalars.resolvePlain("True")).isEqualTo(true);
        assertThat(YamlScalars.resolvePlain("0x1F")).isEqualTo(31L);
        assertThat(YamlScalars.resolvePlain("1_000")).isEqualTo(1000L);
        assertThat(YamlScalars.resolvePlain("1.5e3")).isEqualTo(1500.0);
        assertThat(YamlScalars.resolvePlain("~")).isNull();
        assertThat(YamlScalars.resolvePlain("5s")).isEqualTo("5s");
    }
}
