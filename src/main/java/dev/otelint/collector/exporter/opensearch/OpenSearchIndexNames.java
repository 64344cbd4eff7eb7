package dev.otelint.collector.exporter.opensearch;

import dev.otelint.records.JsonValue;
import dev.otelint.records.Signal;

/**
 * The index an already-encoded Simple Schema document goes to, for {@code otelint push}: the Simple Schema's
 * {@code ss4o_<type>-<dataset>-<namespace>} from the document's {@code attributes.data_stream}, its missing parts
 * from the configured signal, dataset and namespace. The type may be written as the index says ("logs") or as
 * the exporter writes it into documents ("record" for logs, "span" for traces, "metric" for metrics).
 */
public final class OpenSearchIndexNames {
    private final String type;
    private final String dataset;
    private final String namespace;

    /** Names for documents of {@code signal}, with the exporter's dataset and namespace as the defaults. */
    public OpenSearchIndexNames(Signal signal, String dataset, String namespace) {
        this.type = signal.label();
        this.dataset = dataset;
        this.namespace = namespace;
    }

    /** The index of {@code document}. */
    public String indexOf(JsonValue document) {
        JsonValue attributes = document.isObject() ? document.get("attributes") : null;
        JsonValue dataStream = attributes != null && attributes.isObject() ? attributes.get("data_stream") : null;
        if (dataStream == null || !dataStream.isObject()) {
            return name(type, dataset, namespace);
        }
        return name(indexType(text(dataStream, "type", type)), text(dataStream, "dataset", dataset),
                text(dataStream, "namespace", namespace));
    }

    private static String name(String type, String dataset, String namespace) {
        return "ss4o_" + type + "-" + dataset + "-" + namespace;
    }

    private static String indexType(String type) {
        return switch (type) {
            case "record", "log" -> "logs";
            case "span", "trace" -> "traces";
            case "metric" -> "metrics";
            default -> type;
        };
    }

    private static String text(JsonValue object, String key, String otherwise) {
        JsonValue value = object.get(key);
        return value != null && value.isString() && !value.text().isEmpty() ? value.text() : otherwise;
    }
}
