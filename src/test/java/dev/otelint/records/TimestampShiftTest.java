package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Exemplar;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampShiftTest {
    private static final Instant NEWEST = Instant.parse("2023-11-14T22:13:21.150Z");
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00.900Z");
    private static final long NEWEST_NANOS = nanos(NEWEST);
    private final TimestampShift shift = TimestampShift.between(NEWEST, NOW);
    private final long offsetNanos = shift.offset().toNanos();

    @Test
    void offsetIsWholeSecondsAndNeverOvershootsNow() {
        Duration exact = Duration.between(NEWEST, NOW);

        assertThat(shift.offset().getNano()).isZero();
        assertThat(shift.offset()).isLessThanOrEqualTo(exact).isGreaterThan(exact.minusSeconds(1));
        assertThat(TimestampShift.between(NOW, NEWEST).offset()).isEqualTo(Duration.ofSeconds(-35732800));
    }

    @Test
    void logTimesMoveAndZeroObservedTimeStays() {
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs
                .newBuilder().addScopeLogs(ScopeLogs.newBuilder()
                        .addLogRecords(LogRecord.newBuilder().setTimeUnixNano(NEWEST_NANOS - 5_000_000_000L)
                                .setObservedTimeUnixNano(NEWEST_NANOS))
                        .addLogRecords(LogRecord.newBuilder().setTimeUnixNano(NEWEST_NANOS)))).build();

        ExportLogsServiceRequest shifted = shift.shift(request);

        ScopeLogs logs = shifted.getResourceLogs(0).getScopeLogs(0);
        assertThat(logs.getLogRecords(0).getTimeUnixNano()).isEqualTo(NEWEST_NANOS - 5_000_000_000L + offsetNanos);
        assertThat(logs.getLogRecords(0).getObservedTimeUnixNano()).isEqualTo(NEWEST_NANOS + offsetNanos);
        assertThat(logs.getLogRecords(1).getObservedTimeUnixNano()).isZero();
        assertThat(TimestampShift.newestTime(request)).contains(NEWEST);
        assertThat(TimestampShift.newestTime(shifted).orElseThrow()).isBetween(NOW.minusSeconds(1), NOW);
    }

    @Test
    void spanStartEndAndEventTimesMove() {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans
                .newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(Span.newBuilder()
                        .setStartTimeUnixNano(NEWEST_NANOS - 2000).setEndTimeUnixNano(NEWEST_NANOS)
                        .addEvents(Span.Event.newBuilder().setName("e").setTimeUnixNano(NEWEST_NANOS - 1000))
                        .addEvents(Span.Event.newBuilder().setName("untimed"))))).build();

        Span span = shift.shift(request).getResourceSpans(0).getScopeSpans(0).getSpans(0);

        assertThat(span.getStartTimeUnixNano()).isEqualTo(NEWEST_NANOS - 2000 + offsetNanos);
        assertThat(span.getEndTimeUnixNano()).isEqualTo(NEWEST_NANOS + offsetNanos);
        assertThat(span.getEvents(0).getTimeUnixNano()).isEqualTo(NEWEST_NANOS - 1000 + offsetNanos);
        assertThat(span.getEvents(1).getTimeUnixNano()).isZero();
        assertThat(span.getEvents(1).getName()).isEqualTo("untimed");
    }

    @Test
    void dataPointAndExemplarTimesMove() {
        ExportMetricsServiceRequest request = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(
                ResourceMetrics.newBuilder().addScopeMetrics(ScopeMetrics.newBuilder()
                        .addMetrics(Metric.newBuilder().setName("s").setSum(Sum.newBuilder().addDataPoints(
                                NumberDataPoint.newBuilder().setStartTimeUnixNano(NEWEST_NANOS - 60_000_000_000L)
                                        .setTimeUnixNano(NEWEST_NANOS).setAsInt(3)
                                        .addExemplars(Exemplar.newBuilder().setTimeUnixNano(NEWEST_NANOS - 7)))))
                        .addMetrics(Metric.newBuilder().setName("h").setHistogram(Histogram.newBuilder()
                                .addDataPoints(HistogramDataPoint.newBuilder().setTimeUnixNano(NEWEST_NANOS - 9)
                                        .setCount(1)))))).build();

        ScopeMetrics metrics = shift.shift(request).getResourceMetrics(0).getScopeMetrics(0);

        NumberDataPoint point = metrics.getMetrics(0).getSum().getDataPoints(0);
        assertThat(point.getStartTimeUnixNano()).isEqualTo(NEWEST_NANOS - 60_000_000_000L + offsetNanos);
        assertThat(point.getTimeUnixNano()).isEqualTo(NEWEST_NANOS + offsetNanos);
        assertThat(point.getExemplars(0).getTimeUnixNano()).isEqualTo(NEWEST_NANOS - 7 + offsetNanos);
        assertThat(point.getAsInt()).isEqualTo(3);
        HistogramDataPoint histogram = metrics.getMetrics(1).getHistogram().getDataPoints(0);
        assertThat(histogram.getTimeUnixNano()).isEqualTo(NEWEST_NANOS - 9 + offsetNanos);
        assertThat(histogram.getStartTimeUnixNano()).isZero();
    }

    @Test
    void requestWithoutTimesHasNoNewestTimeAndComesBackUnchanged() {
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs
                .newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder()
                        .setSeverityText("INFO")))).build();

        assertThat(TimestampShift.newestTime(request)).isEmpty();
        assertThat(shift.shift(request)).isSameAs(request);
    }

    @Test
    void zeroOffsetReturnsTheSameRequest() {
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs
                .newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder()
                        .setTimeUnixNano(NEWEST_NANOS)))).build();

        assertThat(TimestampShift.between(NEWEST, NEWEST).shift(request)).isSameAs(request);
    }

    @Test
    void shiftThatLeavesOtlpTimeRangeIsRefused() {
        TimestampShift backwards = TimestampShift.between(Instant.parse("2200-01-01T00:00:00Z"), NOW);
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs
                .newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(LogRecord.newBuilder()
                        .setTimeUnixNano(1_000_000_000L)))).build();

        assertThatThrownBy(() -> backwards.shift(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("moving 1970-01-01T00:00:01Z by PT");
    }

    @Test
    void documentTimesKeepTheirTextForm() throws Exception {
        JsonValue doc = JsonTreeReader.parse("{\"@timestamp\": \"2023-11-14T22:13:21Z\","
                + " \"observedTimestamp\": \"2023-11-14T22:13:21.150Z\","
                + " \"startTime\": \"2023-11-14T23:13:20.5+01:00\", \"endTime\": 1699999999999,"
                + " \"events\": [{\"@timestamp\": \"1699999999000\"}, {\"observedTimestamp\": \"2023-11-14\"}],"
                + " \"exemplars\": [{\"time\": \"2023-11-14T22:13:21.000001Z\"}],"
                + " \"body\": \"2023-11-14T22:13:21Z stays\"}");
        long seconds = shift.offset().getSeconds();

        JsonValue shifted = shift.shift(doc);

        assertThat(TimestampShift.newestTime(doc)).contains(NEWEST);
        assertThat(shifted.get("@timestamp").text()).isEqualTo("2025-01-01T12:00:00Z");
        assertThat(shifted.get("observedTimestamp").text()).isEqualTo("2025-01-01T12:00:00.150Z");
        assertThat(shifted.get("startTime").text()).isEqualTo("2025-01-01T12:59:59.5+01:00");
        assertThat(shifted.get("endTime").kind()).isEqualTo(JsonValue.Kind.INTEGER);
        assertThat(shifted.get("endTime").text()).isEqualTo(Long.toString(1699999999999L + seconds * 1000));
        assertThat(shifted.get("events").elements().get(0).get("@timestamp").text())
                .isEqualTo(Long.toString(1699999999000L + seconds * 1000));
        assertThat(shifted.get("events").elements().get(1).get("observedTimestamp").text())
                .isEqualTo("2024-12-31T13:46:39"); // a bare date gains the time of day it moved to
        assertThat(shifted.get("exemplars").elements().get(0).get("time").text())
                .isEqualTo("2025-01-01T12:00:00.000001Z");
        assertThat(shifted.get("body").text()).isEqualTo("2023-11-14T22:13:21Z stays");
        assertThat(shifted.get("@timestamp").line()).isEqualTo(doc.get("@timestamp").line());
    }

    @Test
    void zeroAndUnparsableDocumentTimesAreLeftAlone() throws Exception {
        JsonValue doc = JsonTreeReader.parse("{\"@timestamp\": \"0001-01-01T00:00:00Z\","
                + " \"startTime\": \"1970-01-01T00:00:00Z\", \"endTime\": 0, \"observedTimestamp\": \"soon\"}");

        JsonValue shifted = shift.shift(doc);

        assertThat(shifted.toJson()).isEqualTo(doc.toJson());
        assertThat(TimestampShift.newestTime(doc)).isEmpty();
    }

    @Test
    void shiftedEncoderDocumentDecodesToTheShiftedRequest() throws Exception {
        SimpleSchemaEncoder encoder = new SimpleSchemaEncoder();
        LogRecord log = LogRecord.newBuilder().setTimeUnixNano(NEWEST_NANOS).build();
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs
                .newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(log))).build();
        JsonValue doc = encoder.encodeLog(OtlpScope.of(request.getResourceLogs(0).getResource(),
                request.getResourceLogs(0).getScopeLogs(0).getScope(), ""), log, null);

        LogRecord fromDocument = new SimpleSchemaDecoder().decodeLog(shift.shift(doc))
                .getResourceLogs(0).getScopeLogs(0).getLogRecords(0);

        assertThat(fromDocument.getTimeUnixNano())
                .isEqualTo(shift.shift(request).getResourceLogs(0).getScopeLogs(0).getLogRecords(0).getTimeUnixNano());
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
