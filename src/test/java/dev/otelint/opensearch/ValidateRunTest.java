package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading otelint's JSON report contract: {"findings":[{"rule","severity","record",...}],...}. */
class ValidateRunTest {

    @Test
    void groupsErrorFindingsByRecordAndIgnoresOtherSeverities() {
        ValidateRun run = new ValidateRun(0, "{\"findings\":["
                + "{\"rule\":\"mapping.type\",\"severity\":\"error\",\"record\":2},"
                + "{\"rule\":\"mapping.range\",\"severity\":\"error\",\"record\":2},"
                + "{\"rule\":\"mapping.unknown\",\"severity\":\"warning\",\"record\":3},"
                + "{\"rule\":\"schema.invalid\",\"severity\":\"error\",\"record\":null}],\"summary\":{}}", "");

        assertThat(run.errorsByRecord()).containsOnlyKeys(0L, 2L);
        assertThat(run.errorsByRecord().get(2L)).extracting(f -> f.path("rule").asText())
                .containsExactly("mapping.type", "mapping.range");
    }

    @Test
    void saysWhatOtelintPrintedWhenThereIsNoReport() {
        ValidateRun run = new ValidateRun(70, "", "otelint: internal error: boom");

        assertThatThrownBy(run::errorsByRecord).hasMessageContaining("exit code 70")
                .hasMessageContaining("internal error: boom");
    }
}
