package dev.otelint.assets.savedobjects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.assets.AssetRules;
import dev.otelint.report.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the references of every object in a bundle: each panelRefName / indexRefName /
 * savedSearchRefName / indexPatternRefName names an entry of {@code references[]}, and each entry points
 * at an object in the bundle or at a known external object.
 * <p>
 * "Known external" objects are the ids the caller names: objects that already exist in the target
 * Dashboards (for an integration, nothing outside its own assets/ is known, so every file of assets/
 * should be read into one bundle). Attributes that do not parse are skipped here: SavedObjectFields and
 * JsonStringAttributes report them.
 */
public final class ReferenceChecks {
    private final FindingSink sink;
    private final Set<String> knownExternalIds;

    public ReferenceChecks(FindingSink sink, Set<String> knownExternalIds) {
        this.sink = sink;
        this.knownExternalIds = Set.copyOf(knownExternalIds);
    }

    public void check(SavedObjectBundle bundle) {
        for (SavedObject object : bundle.objects()) {
            // JSON strings that do not parse are the caller's to report (SavedObjectAssets does).
            check(object, new JsonStringAttributes(object, finding -> { }), bundle);
        }
    }

    /** Checks one object, reading its JSON strings from {@code json}, where the extraction finds them too. */
    void check(SavedObject object, JsonStringAttributes json, SavedObjectBundle bundle) {
        for (RefName refName : refNames(object, json)) {
            if (object.reference(refName.name()).isEmpty()) {
                sink.accept(ObjectFindings.at(AssetRules.MISSING_REFERENCE, object, refName.path())
                        .message(ObjectFindings.describe(object) + ": " + refName.path() + " is \""
                                + refName.name() + "\" but references[] has no entry with that name")
                        .build());
            }
        }
        dangling(bundle, object);
    }

    private void dangling(SavedObjectBundle bundle, SavedObject object) {
        List<SavedObjectReference> references = object.references();
        for (int i = 0; i < references.size(); i++) {
            SavedObjectReference ref = references.get(i);
            if (bundle.find(ref.type(), ref.id()).isPresent() || knownExternalIds.contains(ref.id())) {
                continue;
            }
            sink.accept(ObjectFindings.at(AssetRules.DANGLING_REFERENCE, object, "references[" + i + "]")
                    .message(ObjectFindings.describe(object) + ": reference \"" + ref.name() + "\" points at "
                            + ref.type() + " " + ref.id() + ", which is not in the bundle")
                    .build());
        }
    }

    private record RefName(String path, String name) {}

    private static List<RefName> refNames(SavedObject object, JsonStringAttributes json) {
        List<RefName> names = new ArrayList<>();
        JsonNode attributes = object.attributes();
        add(names, "savedSearchRefName", attributes.path("savedSearchRefName"));
        JsonNode source = json.get(SearchSourceFields.PATH);
        add(names, SearchSourceFields.PATH + ".indexRefName", source.path("indexRefName"));
        JsonNode filters = source.path("filter");
        for (int i = 0; i < filters.size(); i++) {
            add(names, SearchSourceFields.PATH + ".filter[" + i + "].meta.indexRefName",
                    filters.path(i).path("meta").path("indexRefName"));
        }
        JsonNode panels = json.get("panelsJSON");
        for (int i = 0; i < panels.size(); i++) {
            add(names, "panelsJSON[" + i + "].panelRefName", panels.path(i).path("panelRefName"));
        }
        JsonNode controls = json.get(VisStateFields.PATH)
                .path("params").path("controls");
        for (int i = 0; i < controls.size(); i++) {
            add(names, "visState.params.controls[" + i + "].indexPatternRefName",
                    controls.path(i).path("indexPatternRefName"));
        }
        return names;
    }

    private static void add(List<RefName> names, String path, JsonNode name) {
        if (name.isTextual()) {
            names.add(new RefName(path, name.textValue()));
        }
    }
}
