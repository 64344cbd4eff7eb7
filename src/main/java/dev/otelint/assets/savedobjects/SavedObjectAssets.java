package dev.otelint.assets.savedobjects;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.FindingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads saved-object NDJSON files as one bundle (they are imported together, so references between
 * them resolve), runs the structural checks and returns every field reference. Everything wrong is a
 * finding; only an unreadable file is bad input.
 */
public final class SavedObjectAssets {

    private SavedObjectAssets() {}

    public static List<FieldReference> extract(List<Path> files, Set<String> knownExternalIds, FindingSink sink) {
        SavedObjectBundle bundle = new SavedObjectBundle();
        SavedObjectReader reader = new SavedObjectReader(sink);
        for (Path file : files) {
            reader.read(file, bundle);
        }
        new ReferenceChecks(sink, knownExternalIds).check(bundle);
        JsonStringAttributes.check(bundle, sink);
        return SavedObjectFields.extract(bundle, sink);
    }
}
