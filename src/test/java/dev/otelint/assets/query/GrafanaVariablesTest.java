package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrafanaVariablesTest {

    @Test
    void everyVariableSyntaxBecomesItsName() {
        assertThat(GrafanaVariables.expand("a{s=~\"${service:regex}\", j=\"$job\", k=\"[[kind:csv]]\", f=\"${obj.f}\"}")
                .text()).isEqualTo("a{s=~\"service\", j=\"job\", k=\"kind\", f=\"obj\"}");
    }

    @Test
    void intervalsBecomeDurationsInRangesAndOffsets() {
        assertThat(GrafanaVariables.expand("rate(x[$__rate_interval]) / rate(y[$win:$step] offset $shift)").text())
                .isEqualTo("rate(x[1m]) / rate(y[1m:1m] offset 1m)");
        assertThat(GrafanaVariables.expand("sum(x) / $__range_s + $__interval_ms").text())
                .isEqualTo("sum(x) / 60 + 60000");
        assertThat(GrafanaVariables.expand("x * $__interval").text()).isEqualTo("x * 1m");
    }

    @Test
    void macrosKeepTheirArgumentsInPlace() {
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand("WHERE $__timeFilter(ts) AND a = 1");
        assertThat(expansion.text()).isEqualTo("WHERE __timeFilter(ts) AND a = 1");
        QueryField ts = new QueryField("ts", expansion.text().indexOf("ts"), 2, FieldRole.TIME);
        assertThat(expansion.toOriginal(ts).offset()).isEqualTo(20);
        assertThat(expansion.touchesVariable(ts)).isFalse();
    }

    @Test
    void offsetsAfterPlaceholdersMapBackToTheOriginal() throws QuerySyntaxException {
        String original = "sum by (span_name) (rate(calls_total{service_name=~\"(${service:regex})\"}[$__rate_interval]))";
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand(original);
        PromQlQuery query = PromQlParser.parse(expansion.text());
        for (QueryField field : query.fields()) {
            QueryField back = expansion.toOriginal(field);
            assertThat(original.substring(back.offset(), back.offset() + back.length())).isEqualTo(field.name());
            assertThat(expansion.touchesVariable(field)).isFalse();
        }
    }

    @Test
    void aFieldBuiltFromAVariableSpansItAndSaysSo() {
        String original = "app_${env}_total > 1";
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand(original);
        assertThat(expansion.text()).isEqualTo("app_env_total > 1");
        QueryField metric = new QueryField("app_env_total", 0, 13, FieldRole.FILTER);
        assertThat(expansion.touchesVariable(metric)).isTrue();
        QueryField back = expansion.toOriginal(metric);
        assertThat(original.substring(back.offset(), back.offset() + back.length())).isEqualTo("app_${env}_total");
        QueryField before = new QueryField("app_", 0, 4, FieldRole.FILTER);
        assertThat(expansion.touchesVariable(before)).isFalse();
        assertThat(expansion.toOriginal(before).length()).isEqualTo(4);
    }

    @Test
    void syntaxErrorOffsetsMapBackToo() {
        String original = "rate(${metric}[$__rate_interval]";
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand(original);
        assertThatThrownBy(() -> PromQlParser.parse(expansion.text())).isInstanceOfSatisfying(
                QuerySyntaxException.class, e -> assertThat(expansion.toOriginal(e).offset()).isEqualTo(original.length()));
    }

    @Test
    void textWithoutVariablesIsUnchanged() {
        GrafanaVariables.Expansion expansion = GrafanaVariables.expand("x{a=\"^b$\"} $ 5");
        assertThat(expansion.text()).isEqualTo("x{a=\"^b$\"} $ 5");
        assertThat(expansion.replacements()).isEmpty();
        assertThat(expansion.originalOffset(7)).isEqualTo(7);
    }
}
