package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceChecksTest {
    private final List<Finding> findings = new ArrayList<>();

    @Test
    void panelRefNameWithoutAMatchingReferenceIsReported() {
        SavedObjectBundle bundle = bundle(
                object("visualization", "v1", "A").line(),
                object("dashboard", "d1", "Overview")
                        .string("panelsJSON", "[{\"panelRefName\":\"panel_0\"},{\"panelRefName\":\"panel_1\"}]")
                        .ref("panel_0", "visualization", "v1").line());

        new ReferenceChecks(findings::add, Set.of()).check(bundle);

        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::path).containsExactly(
                tuple("asset.missing-reference", 2, "panelsJSON[1].panelRefName"));
        assertThat(findings.get(0).message()).contains("dashboard 'Overview' (id d1)", "\"panel_1\"");
    }

    @Test
    void indexRefNamesOfSearchSourceFiltersAndControlsAreChecked() {
        SavedObjectBundle bundle = bundle(
                object("search", "s1", "S").searchSource("{\"indexRefName\":\"idx\",\"filter\":[{\"meta\":"
                        + "{\"indexRefName\":\"filter_idx\"}}]}").line(),
                object("visualization", "v1", "Controls").attr("savedSearchRefName", "'search_0'")
                        .string("visState", "{\"type\":\"input_control_vis\",\"params\":{\"controls\":"
                                + "[{\"indexPatternRefName\":\"control_0_index_pattern\"}]}}").line());

        new ReferenceChecks(findings::add, Set.of()).check(bundle);

        assertThat(findings).extracting(Finding::path).containsExactly(
                "kibanaSavedObjectMeta.searchSourceJSON.indexRefName",
                "kibanaSavedObjectMeta.searchSourceJSON.filter[0].meta.indexRefName",
                "savedSearchRefName",
                "visState.params.controls[0].indexPatternRefName");
    }

    @Test
    void referenceToAnIdOutsideTheBundleIsDanglingUnlessKnown() {
        SavedObjectBundle bundle = bundle(
                object("index-pattern", "ip1", "logs-*").line(),
                object("search", "s1", "S")
                        .ref("a", "index-pattern", "ip1")
                        .ref("b", "index-pattern", "ip-elsewhere")
                        .ref("c", "visualization", "ip1")
                        .ref("d", "index-pattern", "known-default").line());

        new ReferenceChecks(findings::add, Set.of("known-default")).check(bundle);

        assertThat(findings).extracting(Finding::rule, Finding::path).containsExactly(
                tuple("asset.dangling-reference", "references[1]"),
                tuple("asset.dangling-reference", "references[2]"));
        assertThat(findings.get(1).message()).contains("visualization ip1");
    }

    @Test
    void fieldlessJsonStringsThatDoNotParseAreReported() {
        SavedObjectBundle bundle = bundle(
                object("dashboard", "d1", "D").string("panelsJSON", "[{").string("optionsJSON", "{}")
                        .string("uiStateJSON", "{'vis':1}").line());

        JsonStringAttributes.check(bundle, findings::add);

        assertThat(findings).extracting(Finding::rule, Finding::path).containsExactly(
                tuple("asset.json-string", "panelsJSON"), tuple("asset.json-string", "uiStateJSON"));
    }
}
