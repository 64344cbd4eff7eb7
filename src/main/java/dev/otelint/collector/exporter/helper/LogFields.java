package dev.otelint.collector.exporter.helper;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;

/** The JSON fields of an exporter's log entry: the component's own, then the given key/value pairs. */
public final class LogFields {
    private LogFields() {}

    public static String of(ComponentSettings settings, SignalType<?> signal, Object... keyValues) {
        StringBuilder json = new StringBuilder(settings.fields(signal));
        json.setLength(json.length() - 1); // reopen the object
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            json.append(", \"").append(keyValues[i]).append("\": ");
            Object value = keyValues[i + 1];
            if (value instanceof Number) {
                json.append(value);
            } else {
                json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(value))).append('"');
            }
        }
        return json.append('}').toString();
    }
}
