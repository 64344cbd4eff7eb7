package dev.otelint.collector.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpansionTest {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> env = Map.of("HOST", "collector", "PORT", "4317", "EMPTY", "",
            "LIST", "[a, b]", "ZEROS", "0123", "NESTED", "${env:HOST}", "DOLLAR", "a$$b");

    private ConfigNode value(String yaml) {
        ConfigMap root = (ConfigMap) YamlConfigReader.readString("c.yaml", "key: " + yaml);
        ConfigMap expanded = (ConfigMap) new EnvExpansion(env::get, findings::add).expand(root, "");
        return expanded.get("key");
    }

    private Object scalar(String yaml) {
        return ((ConfigScalar) value(yaml)).value();
    }

    @Test
    void embeddedReferencesAreSplicedInAsText() {
        assertThat(scalar("${env:HOST}:${env:PORT}")).isEqualTo("collector:4317");
        assertThat(scalar("http://${HOST}/v1")).isEqualTo("http://collector/v1");
    }

    @Test
    void aWholeFieldReferenceIsParsedAsYamlButKeepsItsTextForStrings() {
        ConfigScalar port = (ConfigScalar) value("${env:PORT}");
        assertThat(port.value()).isEqualTo(4317L);
        assertThat(port.expanded()).isTrue();
        ConfigScalar zeros = (ConfigScalar) value("${ZEROS}");
        assertThat(zeros.value()).isEqualTo(83L); // Go reads a leading 0 as octal
        assertThat(zeros.text()).isEqualTo("0123");
        assertThat(value("${env:LIST}")).isInstanceOfSatisfying(ConfigList.class, l -> assertThat(l.items()).hasSize(2));
    }

    @Test
    void defaultsApplyOnlyWhenTheVariableIsUnset() {
        assertThat(scalar("${env:MISSING:-fallback}")).isEqualTo("fallback");
        assertThat(((ConfigScalar) value("${env:EMPTY:-fallback}")).isNull()).isTrue();
        assertThat(findings).isEmpty();
    }

    @Test
    void anUnsetVariableIsEmptyWithAWarning() {
        assertThat(scalar("x${env:MISSING}y")).isEqualTo("xy");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("collector.unset-env");
            assertThat(f.message()).contains("\"MISSING\"");
            assertThat(f.line()).isEqualTo(1);
        });
    }

    @Test
    void doubleDollarEscapesAReferenceAndBecomesOneDollar() {
        assertThat(scalar("$${env:HOST}")).isEqualTo("${env:HOST}");
        assertThat(scalar("'cost: $$5'")).isEqualTo("cost: $5");
        assertThat(scalar("$$${env:HOST}")).isEqualTo("$collector"); // two '$' before "${": not escaped
        assertThat(scalar("$$$${env:HOST}")).isEqualTo("$${env:HOST}"); // three: escaped
    }

    @Test
    void bareDollarVariablesAreLeftAsWritten() {
        assertThat(scalar("$HOST")).isEqualTo("$HOST");
    }

    @Test
    void expandedValuesAreExpandedAgain() {
        assertThat(scalar("${env:NESTED}")).isEqualTo("collector");
        assertThat(scalar("${env:DOLLAR}")).isEqualTo("a$b");
    }

    @Test
    void badReferencesAreFindingsAndTheValueStays() {
        assertThat(scalar("${env:1X}")).isEqualTo("${env:1X}");
        assertThat(scalar("${foo:bar}")).isEqualTo("${foo:bar}");
        assertThat(scalar("${file:/etc/x.yaml}")).isEqualTo("${file:/etc/x.yaml}");
        assertThat(findings).extracting(Finding::message).containsExactly(
                "environment variable \"1X\" has invalid name: must match regex ^[a-zA-Z_][a-zA-Z0-9_]*$",
                "scheme \"foo\" is not supported for uri \"foo:bar\"",
                "the \"file\" config provider (${file:/etc/x.yaml}) is known to otelcol-contrib, not supported by otelint");
    }
}
