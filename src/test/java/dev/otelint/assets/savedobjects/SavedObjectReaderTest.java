package dev.otelint.assets.savedobjects;

import static dev.otelint.assets.savedobjects.SavedObjectFixture.bundle;
import static dev.otelint.assets.savedobjects.SavedObjectFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavedObjectReaderTest {
    private final List<Finding> findings = new ArrayList<>();

    @Test
    void readsEachObjectWithItsLineTypeIdAndTitle() {
        SavedObjectBundle bundle = bundle(findings,
                object("index-pattern", "ip1", "logs-*").line(),
                "",
                object("search", "s1", "Errors").ref("kibanaSavedObjectMeta.searchSourceJSON.index",
                        "index-pattern", "ip1").line(),
                "{\"exportedCount\":2,\"missingRefCount\":0,\"missingReferences\":[]}");

        assertThat(findings).isEmpty();
        assertThat(bundle.objects()).extracting(SavedObject::line, SavedObject::type, SavedObject::id,
                        SavedObject::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "index-pattern", "ip1", "logs-*"),
                        org.assertj.core.groups.Tuple.tuple(3, "search", "s1", "Errors"));
        assertThat(bundle.objects().get(1).references())
                .containsExactly(new SavedObjectReference("kibanaSavedObjectMeta.searchSourceJSON.index",
                        "index-pattern", "ip1"));
        assertThat(bundle.indexPatternTitle("ip1")).contains("logs-*");
    }

    @Test
    void wrongExportedCountIsAWarningWithBothNumbers() {
        bundle(findings, object("index-pattern", "ip1", "logs-*").line(), "{\"exportedCount\":3}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.exported-count");
            assertThat(f.severity().label()).isEqualTo("warning");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.expected()).isEqualTo("1");
            assertThat(f.actual()).isEqualTo("3");
        });
    }

    @Test
    void missingExportedCountLineIsFine() {
        bundle(findings, object("index-pattern", "ip1", "logs-*").line());

        assertThat(findings).isEmpty();
    }

    @Test
    void duplicateTypeAndIdIsReportedOnTheSecondWithTheFirstLine() {
        SavedObjectBundle bundle = bundle(findings,
                object("visualization", "v1", "A").line(),
                object("search", "v1", "same id, other type").line(),
                object("visualization", "v1", "B").line());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("asset.duplicate-id");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).contains("visualization 'B' (id v1)", "assets.ndjson:1");
        });
        assertThat(bundle.find("visualization", "v1")).get().extracting(SavedObject::title).isEqualTo("A");
    }

    @Test
    void linesThatAreNotSavedObjectsAreReportedAndSkipped() {
        SavedObjectBundle bundle = bundle(findings,
                "{\"type\":\"search\",",
                "[1,2]",
                "{\"type\":\"search\",\"id\":\"s1\"}",
                object("search", "s2", "ok").line());

        assertThat(findings).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("asset.bad-object", 1),
                org.assertj.core.groups.Tuple.tuple("asset.bad-object", 2),
                org.assertj.core.groups.Tuple.tuple("asset.bad-object", 3));
        assertThat(findings.get(2).message()).contains("\"attributes\" object");
        assertThat(bundle.objects()).extracting(SavedObject::id).containsExactly("s2");
    }
}
