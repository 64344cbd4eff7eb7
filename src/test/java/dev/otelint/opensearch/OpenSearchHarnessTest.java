package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenSearch side of the differential suite: the server, template install and per-record verdicts. */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class OpenSearchHarnessTest {

    @Test
    void runsTheConfiguredOpenSearchVersion(OpenSearchClient os) {
        assertThat(os.getOrFail("/").json().path("version").path("number").asText())
                .isEqualTo(OpenSearchDistribution.configuredVersion());
    }

    @Test
    void givesOpenSearchsOwnVerdictWithItsReason(OpenSearchClient os) {
        List<Verdict> verdicts = new IsolatedJudge().judge(os, harness("basic"),
                List.of("{\"count\":127}", "{\"count\":128}", "{\"price\":12.345}"));

        assertThat(verdicts.get(0)).isEqualTo(Verdict.accepted(1));
        assertThat(verdicts.get(1).accepted()).isFalse();
        assertThat(verdicts.get(1).reason())
                .startsWith("mapper_parsing_exception: failed to parse field [count] of type [byte]")
                .contains("caused by")
                .contains("out of range");
        // scaled_float comes from the mapper-extras module the harness adds to the integ-test zip
        assertThat(verdicts.get(2)).isEqualTo(Verdict.accepted(3));
    }

    @Test
    void judgesEachRecordAsIfItWereTheOnlyOne(OpenSearchClient os) {
        List<String> records = List.of("{\"later\":\"text\"}", "{\"later\":{\"x\":1}}");
        IsolatedJudge judge = new IsolatedJudge(false);

        List<Verdict> isolated = judge.judge(os, harness("basic"), records);

        assertThat(isolated).containsExactly(Verdict.accepted(1), Verdict.accepted(2));
        assertThat(judge.recreations()).isEqualTo(1);
        // the same records in one index: the first maps "later" as text, so the second is refused
        try (IndexUnderTest shared = IndexUnderTest.install(os, harness("basic"))) {
            assertThat(shared.bulk(records).get(1).accepted()).isFalse();
        }
    }

    @Test
    void keepsTheIndexForARecordThatCannotMeetEarlierDynamicFields(OpenSearchClient os) {
        List<String> records = List.of("{\"first\":\"text\"}", "{\"second\":{\"x\":1}}");
        IsolatedJudge judge = new IsolatedJudge(false);
        IsolatedJudge alwaysRecreating = new IsolatedJudge(true);

        assertThat(judge.judge(os, harness("basic"), records)).containsExactly(Verdict.accepted(1), Verdict.accepted(2));
        assertThat(judge.recreations()).isZero();
        alwaysRecreating.judge(os, harness("basic"), records);
        assertThat(alwaysRecreating.recreations()).isEqualTo(1);
    }

    @Test
    void startsAfreshWhenEarlierDynamicFieldsUseUpTheFieldLimit(OpenSearchClient os) {
        // limit 3: "a" plus n1 and its keyword sub-field fill it; a fresh index still has room for n2
        List<String> records = List.of("{\"n1\":\"x\"}", "{\"n2\":1}");
        IsolatedJudge judge = new IsolatedJudge(false);

        assertThat(judge.judge(os, harness("limited"), records)).containsExactly(Verdict.accepted(1), Verdict.accepted(2));
        assertThat(judge.recreations()).isEqualTo(1);
        try (IndexUnderTest shared = IndexUnderTest.install(os, harness("limited"))) {
            assertThat(shared.bulk(records).get(1).reason()).contains("Limit of total fields [3]");
        }
    }

    @Test
    void strictModeRefusesWhatTheDefaultModeMapsDynamically(OpenSearchClient os) {
        List<String> records = List.of("{\"unknown\":1}");

        Verdict dynamic = new IsolatedJudge().judge(os, CorpusMode.DYNAMIC.apply(harness("basic")), records).get(0);
        Verdict strict = new IsolatedJudge().judge(os, CorpusMode.STRICT.apply(harness("basic")), records).get(0);

        assertThat(dynamic.accepted()).isTrue();
        assertThat(strict.accepted()).isFalse();
        assertThat(strict.reason()).startsWith("strict_dynamic_mapping_exception");
    }

    @Test
    void installsComponentTemplatesAndLetsTheIndexTemplateOverrideThem(OpenSearchClient os) {
        List<Verdict> verdicts = new IsolatedJudge().judge(os, harness("composed"),
                List.of("{\"code\":300}", "{\"name\":\"abc\"}", "{\"name\":12}"));

        assertThat(verdicts).extracting(Verdict::accepted).containsExactly(false, false, true);
        assertThat(verdicts.get(0).reason()).contains("[code] of type [byte]");
        assertThat(verdicts.get(1).reason()).contains("[name] of type [long]");
    }

    @Test
    void indexesIntoADataStreamWhenTheTemplateDeclaresOne(OpenSearchClient os) {
        List<Verdict> verdicts = new IsolatedJudge().judge(os, harness("datastream"), List.of(
                "{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"count\":1}",
                "{\"count\":1}",
                "{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"count\":1000}"));

        assertThat(verdicts).extracting(Verdict::accepted).containsExactly(true, false, false);
        assertThat(verdicts.get(1).reason()).contains("@timestamp");
    }

    @Test
    void removesItsTemplatesAndIndexAfterJudging(OpenSearchClient os) {
        new IsolatedJudge().judge(os, harness("composed"), List.of("{\"code\":1}"));

        assertThat(os.get("/_index_template/harness").status()).isEqualTo(404);
        assertThat(os.get("/_component_template/harness-fields").status()).isEqualTo(404);
        assertThat(os.get("/harness-composed-otelint").status()).isEqualTo(404);
    }

    private static SchemaSet harness(String name) {
        return SchemaSet.read(Corpus.resourceDir().resolve("harness").resolve(name).resolve("schemas"));
    }
}
