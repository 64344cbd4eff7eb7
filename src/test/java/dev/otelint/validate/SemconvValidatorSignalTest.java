package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.catalog.SemconvTestModel;
import dev.otelint.records.Signal;
import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span kind and status, and metric name, unit and instrument rules. */
class SemconvValidatorSignalTest {

    private final SemconvValidator validator = new SemconvValidator(SemconvTestModel.fixture());

    @Test
    void acceptsTheProtoNamesTheCollectorNamesAndTheNumbersOfSpanKindsAndStatusCodes() {
        for (String kind : List.of("\"SPAN_KIND_SERVER\"", "\"Server\"", "2", "\"Unspecified\"")) {
            for (String code : List.of("\"STATUS_CODE_ERROR\"", "\"Ok\"", "0")) {
                assertThat(validate(Signal.TRACES, "{\"kind\":" + kind + ",\"status\":{\"code\":" + code + "}}")).isEmpty();
            }
        }
    }

    @Test
    void reportsAnUnknownSpanKindAsAnErrorAtItsValue() {
        Finding f = only(Signal.TRACES, "{\"spanId\":\"a\",\n \"kind\": \"server\"}");
        assertThat(f.rule()).isEqualTo("semconv.span-kind");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("kind");
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(10);
        assertThat(f.actual()).isEqualTo("\"server\"");
        assertThat(f.expected()).contains("SPAN_KIND_SERVER");
        assertThat(only(Signal.TRACES, "{\"kind\":6}").rule()).isEqualTo("semconv.span-kind");
    }

    @Test
    void reportsAnUnknownStatusCode() {
        Finding f = only(Signal.TRACES, "{\"status\":{\"code\":\"OK\"}}");
        assertThat(f.rule()).isEqualTo("semconv.span-status");
        assertThat(f.path()).isEqualTo("status.code");
        assertThat(only(Signal.TRACES, "{\"status.code\":3}").rule()).isEqualTo("semconv.span-status");
    }

    @Test
    void tellsSpansFromOtherDocumentsWhenTheSignalIsUnknown() {
        assertThat(validate(null, "{\"spanId\":\"a\",\"kind\":\"bogus\"}")).extracting(Finding::rule)
                .containsExactly("semconv.span-kind");
        assertThat(validate(null, "{\"kind\":\"bogus\"}")).isEmpty();
        assertThat(validate(Signal.LOGS, "{\"spanId\":\"a\",\"kind\":\"bogus\"}")).isEmpty();
    }

    @Test
    void acceptsAMetricRecordedAsTheConventionsSay() {
        for (String json : List.of(
                "{\"name\":\"shop.order.duration\",\"unit\":\"s\",\"kind\":\"HISTOGRAM\"}",
                "{\"name\":\"shop.order.duration\",\"unit\":\"s\",\"kind\":\"EXPONENTIAL_HISTOGRAM\"}",
                "{\"name\":\"shop.order.created\",\"unit\":\"{order}\",\"kind\":\"SUM\",\"monotonic\":true}",
                "{\"name\":\"shop.queue.size\",\"unit\":\"{order}\",\"kind\":\"SUM\",\"monotonic\":false}")) {
            assertThat(validate(Signal.METRICS, json)).as(json).isEmpty();
        }
    }

    @Test
    void reportsAnotherUnitAtTheUnitOrAtTheNameWhenMissing() {
        Finding f = only(Signal.METRICS, "{\"name\":\"shop.order.duration\",\"unit\":\"ms\",\"kind\":\"HISTOGRAM\"}");
        assertThat(f.rule()).isEqualTo("semconv.metric-unit");
        assertThat(f.expected()).isEqualTo("s");
        assertThat(f.actual()).isEqualTo("ms");
        assertThat(f.path()).isEqualTo("unit");
        assertThat(f.column()).isEqualTo(38);
        Finding missing = only(Signal.METRICS, "{\"name\":\"shop.order.duration\",\"kind\":\"HISTOGRAM\"}");
        assertThat(missing.message()).endsWith("got none");
        assertThat(missing.column()).isEqualTo(9);
    }

    @Test
    void reportsAnotherInstrument() {
        Finding gauge = only(Signal.METRICS, "{\"name\":\"shop.order.duration\",\"unit\":\"s\",\"kind\":\"GAUGE\"}");
        assertThat(gauge.rule()).isEqualTo("semconv.metric-instrument");
        assertThat(gauge.expected()).isEqualTo("HISTOGRAM or EXPONENTIAL_HISTOGRAM");
        assertThat(gauge.path()).isEqualTo("kind");
        Finding notMonotonic = only(Signal.METRICS,
                "{\"name\":\"shop.order.created\",\"unit\":\"{order}\",\"kind\":\"SUM\",\"monotonic\":false}");
        assertThat(notMonotonic.actual()).isEqualTo("SUM (monotonic false)");
    }

    @Test
    void reportsUnknownMetricsInsideOwnedMetricNamespacesOnly() {
        Finding f = only(Signal.METRICS, "{\"name\":\"shop.order.durations\",\"unit\":\"s\",\"kind\":\"HISTOGRAM\"}");
        assertThat(f.rule()).isEqualTo("semconv.unknown-metric");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(validate(Signal.METRICS, "{\"name\":\"nginx.requests\",\"kind\":\"SUM\"}")).isEmpty();
    }

    @Test
    void reportsADeprecatedMetricWithItsReplacement() {
        Finding f = only(Signal.METRICS, "{\"name\":\"shop.orders\",\"unit\":\"{order}\",\"kind\":\"SUM\"}");
        assertThat(f.rule()).isEqualTo("semconv.deprecated");
        assertThat(f.expected()).isEqualTo("shop.order.created");
        assertThat(f.fix()).isEqualTo("rename it to shop.order.created");
    }

    @Test
    void tellsMetricDataPointsWhenTheSignalIsUnknown() {
        assertThat(validate(null, "{\"name\":\"shop.order.duration\",\"unit\":\"s\",\"kind\":\"GAUGE\"}"))
                .extracting(Finding::rule).containsExactly("semconv.metric-instrument");
        assertThat(validate(Signal.LOGS, "{\"name\":\"shop.order.duration\",\"kind\":\"GAUGE\"}")).isEmpty();
    }

    private List<Finding> validate(Signal signal, String json) {
        List<Finding> findings = new ArrayList<>();
        validator.validate(SemconvTestJson.record(signal, json), findings::add);
        return findings;
    }

    private Finding only(Signal signal, String json) {
        List<Finding> findings = validate(signal, json);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
