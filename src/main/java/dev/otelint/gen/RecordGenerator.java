package dev.otelint.gen;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the records of one worker: {@link #addUnit} adds one unit (a trace, a log record, a metric data point)
 * to the request being built, {@link #takeRequest} hands the request over and starts a new one. Not shared
 * between threads: each worker has its own, with its own random source.
 */
public abstract class RecordGenerator<T extends Message> {
    static final InstrumentationScope SCOPE = InstrumentationScope.newBuilder().setName("otelint-gen").build();

    protected final Resource resource;
    protected final List<KeyValue> telemetryAttributes;
    protected final SplittableRandom random;

    protected RecordGenerator(GenSettings settings, long seed) {
        this.resource = resource(settings);
        this.telemetryAttributes = settings.telemetryAttributes();
        this.random = new SplittableRandom(seed);
    }

    public abstract SignalType<T> signal();

    /** Adds one unit stamped {@code nowNanos} (Unix epoch nanoseconds); returns the items it added. */
    public abstract int addUnit(long nowNanos);

    public abstract T takeRequest();

    /** service.name from --service; an --otlp-attributes key of the same name replaces it, as in telemetrygen. */
    static Resource resource(GenSettings settings) {
        Map<String, KeyValue> byKey = new LinkedHashMap<>();
        byKey.put("service.name", attribute("service.name", settings.serviceName()));
        settings.resourceAttributes().forEach(kv -> byKey.put(kv.getKey(), kv));
        return Resource.newBuilder().addAllAttributes(byKey.values()).build();
    }

    static KeyValue attribute(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    static KeyValue attribute(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }

    /** A random id that is not all zeros (the OTLP spec makes all-zero trace and span ids invalid). */
    protected ByteString randomId(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        id[bytes - 1] |= 1;
        return ByteString.copyFrom(id);
    }
}
