package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedObjectAssetsTest {
    private final List<Finding> findings = new ArrayList<>();

    @Test
    void aJsonStringReadByTheReferenceChecksAndTheExtractionIsReportedOnce() {
        SavedObjectBundle bundle = bundle(
                object("visualization", "v1", "V").string("visState", "{\"type\":").searchSource("{\"query\":")
                        .line(),
                object("dashboard", "d1", "D").string("panelsJSON", "[{\"panelRefName\":").line());

        SavedObjectAssets.check(bundle, Set.of(), findings::add);

        assertThat(findings).extracting(Finding::rule, Finding::path).containsExactlyInAnyOrder(
                tuple("asset.json-string", "visState"),
                tuple("asset.json-string", "kibanaSavedObjectMeta.searchSourceJSON"),
                tuple("asset.json-string", "panelsJSON"));
    }

    @Test
    void oneParseServesTheReferenceChecksAndTheExtraction() {
        String ref = "kibanaSavedObjectMeta.searchSourceJSON.index";
        SavedObjectBundle bundle = bundle(
                object("index-pattern", "ip1", "logs-*").line(),
                object("search", "s1", "S").attr("columns", "['url.full']")
                        .searchSource("{\"indexRefName\":\"" + ref + "\",\"filter\":[{\"meta\":{\"key\":\"a\","
                                + "\"indexRefName\":\"gone\"}}]}")
                        .ref(ref, "index-pattern", "ip1").line());

        List<FieldReference> refs = SavedObjectAssets.check(bundle, Set.of(), findings::add);

        assertThat(findings).extracting(Finding::rule, Finding::path).containsExactly(
                tuple("asset.missing-reference", "kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.indexRefName"));
        assertThat(refs).extracting(FieldReference::field, FieldReference::indexPattern)
                .containsExactly(tuple("a", "logs-*"), tuple("url.full", "logs-*"));
    }
}
