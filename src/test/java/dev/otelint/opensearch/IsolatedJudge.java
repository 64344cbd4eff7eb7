package dev.otelint.opensearch;

import java.util.ArrayList;
import java.util.List;

/**
 * Asks OpenSearch about each record as if it were the only one. Indexing a record in dynamic mode
 * may add fields to the index mapping, which would change the verdict of later records; so after
 * each record the mapping is compared with the templates' pristine one (GET _mapping, a few ms)
 * and the index is recreated only when it changed, which few records do.
 */
final class IsolatedJudge {

    private int recreations;

    List<Verdict> judge(OpenSearchClient os, SchemaSet schemas, List<String> records) {
        List<Verdict> verdicts = new ArrayList<>(records.size());
        try (IndexUnderTest index = IndexUnderTest.install(os, schemas)) {
            String pristine = index.mapping();
            for (int i = 0; i < records.size(); i++) {
                verdicts.add(index.index(i + 1, records.get(i)));
                if (!index.mapping().equals(pristine)) {
                    index.recreate();
                    recreations++;
                }
            }
        }
        return verdicts;
    }

    int recreations() {
        return recreations;
    }
}
