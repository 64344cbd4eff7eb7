package dev.otelint.opensearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks OpenSearch about each record as if it were the only one. Indexing a record may add fields
 * to the index mapping ("dirty" fields), which could change the verdict of a later record. OpenSearch
 * resolves a document's fields only along the document's own paths, and checks the whole mapping only
 * for its size limits; so a later record meets the pristine mapping's behaviour unless it touches a
 * dirty path, a dirty field is nested (index.mapping.nested_fields.limit), or the dirty fields eat
 * into the headroom under index.mapping.total_fields.limit. Only then is the index created afresh.
 * With {@code -Dotelint.differential.recreateAlways=true} it is recreated after every mapping
 * change instead, to check that rule.
 */
final class IsolatedJudge {

    static final String RECREATE_ALWAYS_PROPERTY = "otelint.differential.recreateAlways";
    // generous: a dynamic string field maps as text plus a keyword sub-field, templates may add more
    private static final int MAX_FIELDS_PER_NEW_PATH = 4;

    private final boolean recreateAlways;
    private int recreations;

    IsolatedJudge() {
        this(Boolean.getBoolean(RECREATE_ALWAYS_PROPERTY));
    }

    IsolatedJudge(boolean recreateAlways) {
        this.recreateAlways = recreateAlways;
    }

    List<Verdict> judge(OpenSearchClient os, SchemaSet schemas, List<String> records) {
        List<Verdict> verdicts = new ArrayList<>(records.size());
        try (IndexUnderTest index = IndexUnderTest.install(os, schemas)) {
            String pristineText = index.mapping();
            Map<String, String> pristine = FieldPaths.ofMapping(pristineText);
            long fieldLimit = index.totalFieldsLimit();
            String currentText = pristineText;
            Map<String, String> dirty = null; // null while the mapping is pristine
            for (int i = 0; i < records.size(); i++) {
                if (dirty != null && mayMeetDirtyFields(records.get(i), dirty, pristine.size(), fieldLimit)) {
                    index.recreate();
                    recreations++;
                    currentText = pristineText;
                    dirty = null;
                }
                verdicts.add(index.index(i + 1, records.get(i)));
                String now = index.mapping();
                if (!now.equals(currentText)) {
                    currentText = now;
                    dirty = added(pristine, FieldPaths.ofMapping(now));
                }
            }
        }
        return verdicts;
    }

    int recreations() {
        return recreations;
    }

    private boolean mayMeetDirtyFields(String record, Map<String, String> dirty, int pristineFields, long fieldLimit) {
        Optional<Set<String>> paths = FieldPaths.ofRecord(record);
        // a change that added no path is one this rule does not understand
        if (recreateAlways || paths.isEmpty() || dirty.isEmpty() || dirty.containsValue("nested")) {
            return true;
        }
        long headroomNeeded = (long) paths.get().size() * MAX_FIELDS_PER_NEW_PATH;
        if (pristineFields + dirty.size() + headroomNeeded > fieldLimit) {
            return true;
        }
        return paths.get().stream().anyMatch(dirty::containsKey);
    }

    private static Map<String, String> added(Map<String, String> pristine, Map<String, String> now) {
        Map<String, String> added = new HashMap<>(now);
        added.keySet().removeAll(pristine.keySet());
        return added;
    }
}
