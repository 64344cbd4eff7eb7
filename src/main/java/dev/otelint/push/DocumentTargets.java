package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.exporter.opensearch.OpenSearchBulkIndexer;
import dev.otelint.collector.exporter.opensearch.OpenSearchConnection;
import dev.otelint.collector.exporter.opensearch.OpenSearchExporterConfig;
import dev.otelint.collector.exporter.opensearch.OpenSearchExporterFactory;
import dev.otelint.collector.exporter.opensearch.OpenSearchIndexNames;
import dev.otelint.collector.service.CollectorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenSearch targets of a push, connected with their exporter's settings as the config push built has them
 * (--set applies): Simple Schema documents are already in OpenSearch's shape, so these targets index them as they
 * are rather than decoding and encoding them again (which would move top-level fields such as http.* under
 * attributes). OTLP input still goes through the exporter.
 */
final class DocumentTargets implements AutoCloseable {
    private static final String OPENSEARCH = new OpenSearchExporterFactory().type();

    private final List<OpenSearchConnection> connections = new ArrayList<>();
    private final List<DocumentIndexer> indexers = new ArrayList<>();

    static boolean indexesDocuments(Target target) {
        return OPENSEARCH.equals(target.type());
    }

    /** Connects to every OpenSearch target of {@code targets}, read from {@code config}. */
    static DocumentTargets open(List<Target> targets, CollectorConfig config, ExportOutcomes outcomes) {
        DocumentTargets open = new DocumentTargets();
        for (Target t : targets) {
            if (indexesDocuments(t)) {
                OpenSearchExporterConfig c = (OpenSearchExporterConfig) config.component(ComponentKind.EXPORTER, t.id())
                        .config();
                OpenSearchConnection connection = OpenSearchConnection.open(c.http, c.requestTimeout());
                open.connections.add(connection);
                open.indexers.add(new DocumentIndexer(documentsId(t.id()),
                        new OpenSearchBulkIndexer(connection, c.bulkAction),
                        signal -> new OpenSearchIndexNames(signal, c.dataset, c.namespace), c.retryOnFailure, outcomes));
            }
        }
        return open;
    }

    /** Outcomes of documents are kept apart from the exporter's, whose count push compares with its pipelines'. */
    private static ComponentId documentsId(ComponentId exporter) {
        return new ComponentId(exporter.type(), exporter.name().isEmpty() ? Inlet.DOCUMENTS
                : exporter.name() + "_" + Inlet.DOCUMENTS);
    }

    List<OpenSearchConnection> connections() {
        return connections;
    }

    List<DocumentIndexer> indexers() {
        return indexers;
    }

    @Override
    public void close() {
        connections.forEach(OpenSearchConnection::close);
    }
}
