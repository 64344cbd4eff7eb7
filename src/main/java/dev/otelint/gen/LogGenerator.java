package dev.otelint.gen;

import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;

/** Access-log records: a unit is one INFO record with a text body and the trace context of its request. */
public final class LogGenerator extends RecordGenerator<ExportLogsServiceRequest> {
    private ScopeLogs.Builder logs = ScopeLogs.newBuilder().setScope(SCOPE);

    public LogGenerator(GenSettings settings, long seed) {
        super(settings, seed);
    }

    @Override
    public SignalType<ExportLogsServiceRequest> signal() {
        return SignalType.LOGS;
    }

    @Override
    public int addUnit(long nowNanos) {
        logs.addLogRecords(LogRecord.newBuilder().setTimeUnixNano(nowNanos).setObservedTimeUnixNano(nowNanos)
                .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_INFO).setSeverityText("Info")
                .setBody(AnyValue.newBuilder().setStringValue("GET /api/items/" + random.nextInt(1000) + " 200"))
                .setTraceId(randomId(16)).setSpanId(randomId(8)).setFlags(1) // W3C sampled
                .addAllAttributes(telemetryAttributes));
        return 1;
    }

    @Override
    public ExportLogsServiceRequest takeRequest() {
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder()
                .addResourceLogs(ResourceLogs.newBuilder().setResource(resource).addScopeLogs(logs)).build();
        logs = ScopeLogs.newBuilder().setScope(SCOPE);
        return request;
    }
}
