package dev.otelint.assets.savedobjects;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.FindingSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field reference of every saved object in a bundle, by object type. Objects of other types
 * (config, url, query, augment-vis, ...) hold no index fields. JSON strings and queries that do not
 * parse are reported to the sink, and extraction goes on with the rest.
 */
public final class SavedObjectFields {

    private SavedObjectFields() {}

    public static List<FieldReference> extract(SavedObjectBundle bundle, FindingSink sink) {
        List<FieldReference> references = new ArrayList<>();
        for (SavedObject object : bundle.objects()) {
            extract(object, new JsonStringAttributes(object, sink), bundle, sink, references);
        }
        return references;
    }

    /** Adds the references of one object to {@code out}, its JSON strings read from {@code json}. */
    static void extract(SavedObject object, JsonStringAttributes json, SavedObjectBundle bundle, FindingSink sink,
                        List<FieldReference> out) {
        ObjectFields fields = new ObjectFields(object, json, bundle, sink, out);
        switch (fields.object().type()) {
            case "index-pattern" -> IndexPatternFields.extract(fields);
            case "search" -> SearchFields.extract(fields);
            case "visualization" -> VisStateFields.extract(fields);
            case "visualization-visbuilder" -> VisBuilderFields.extract(fields);
            case "dashboard" -> DashboardFields.extract(fields);
            case "observability-search", "observability-visualization", "observability-panel" ->
                    ObservabilityFields.extract(fields);
            default -> { }
        }
    }
}
