package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** One OpenSearch Dashboards saved object as read from an NDJSON line (1-based {@code line}). */
public record SavedObject(String file, int line, String type, String id, String title, ObjectNode attributes,
                          List<SavedObjectReference> references) {

    public SavedObject {
        references = List.copyOf(references);
    }

    /** The reference named {@code name} (a panelRefName or indexRefName), if any. */
    public Optional<SavedObjectReference> reference(String name) {
        return references.stream().filter(r -> name.equals(r.name())).findFirst();
    }
}
