package dev.otelint.assets.savedobjects;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.FindingSink;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return check(read(files, sink), knownExternalIds, sink);
    }

    /** The objects of all {@code files} in one bundle; lines that are not saved objects are reported. */
    public static SavedObjectBundle read(List<Path> files, FindingSink sink) {
        SavedObjectBundle bundle = new SavedObjectBundle();
        SavedObjectReader reader = new SavedObjectReader(sink);
        for (Path file : files) {
            reader.read(file, bundle);
        }
        return bundle;
    }

    /**
     * Checks the bundle's references and JSON strings and returns its field references, in one pass:
     * each object's JSON strings are parsed once, for all of them.
     */
    public static List<FieldReference> check(SavedObjectBundle bundle, Set<String> knownExternalIds,
                                             FindingSink sink) {
        ReferenceChecks references = new ReferenceChecks(sink, knownExternalIds);
        List<FieldReference> fields = new ArrayList<>();
        for (SavedObject object : bundle.objects()) {
            JsonStringAttributes json = new JsonStringAttributes(object, sink);
            references.check(object, json, bundle);
            json.checkFieldless();
            SavedObjectFields.extract(object, json, bundle, sink, fields);
        }
        return fields;
    }
}
