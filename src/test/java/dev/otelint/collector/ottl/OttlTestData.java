package dev.otelint.collector.ottl;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.Map;

/** A log record with its scope and resource, opened as a transform context, for language tests. */
final class OttlTestData {
    final Resource.Builder resource = Resource.newBuilder().addAttributes(attr("service.name", "checkout"));
    final InstrumentationScope.Builder scope = InstrumentationScope.newBuilder().setName("io.test").setVersion("1.0");
    final LogRecord.Builder log = LogRecord.newBuilder().setSeverityNumberValue(9).setSeverityText("INFO")
            .setTimeUnixNano(1_700_000_000_000_000_000L)
            .setBody(AnyValue.newBuilder().setStringValue("{\"user\":\"ana\",\"n\":3}"))
            .addAttributes(attr("http.request.method", "GET")).addAttributes(attr("http.route", "/cart"))
            .addAttributes(KeyValue.newBuilder().setKey("http.response.status_code")
                    .setValue(AnyValue.newBuilder().setIntValue(503)));
    final TransformContext ctx = new TransformContext().with(OttlContext.RESOURCE, resource)
            .with(OttlContext.SCOPE, scope).with(OttlContext.LOG, log);

    static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    boolean test(String condition) {
        return OttlCondition.compile(condition, OttlContext.LOG).matches(ctx);
    }

    /** Runs the statements in the log context and returns the record as written back. */
    LogRecord run(String... statements) {
        for (String s : statements) {
            OttlStatement.compile(s, OttlContext.LOG).execute(ctx);
        }
        ctx.commit();
        return log.build();
    }

    Map<String, Object> attributes(String... statements) {
        return Values.fromKeyValues(run(statements).getAttributesList());
    }
}
