package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim: for every record of the corpus, `otelint validate --no-semconv` reports an error exactly
 * when a real OpenSearch rejects the document, with the index created from the case's templates as
 * written and with its root mapping forced to strict.
 */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class DifferentialTest {

    @TestFactory
    Stream<DynamicTest> otelintAgreesWithOpenSearchOnEveryRecord(OpenSearchClient os, @TempDir Path tmp) {
        return Corpus.cases().stream().flatMap(c -> Stream.of(CorpusMode.values())
                .map(mode -> DynamicTest.dynamicTest(c.name() + "-" + mode.label(),
                        () -> check(os, c, mode, tmp.resolve(c.name() + "-" + mode.label())))));
    }

    private static void check(OpenSearchClient os, CorpusCase corpusCase, CorpusMode mode, Path dir) {
        SchemaSet schemas = mode.apply(corpusCase.schemas());
        List<String> records = corpusCase.records();
        List<Verdict> verdicts = new IsolatedJudge().judge(os, schemas, records);
        publish(corpusCase.name() + "-" + mode.label(), schemas, records, verdicts);

        CaseFiles files = new CaseFiles(dir).write(schemas, records);
        ValidateRun run = ValidateRun.run("validate", "--schema", files.schemas().toString(), "--format", "json",
                "--no-semconv", "--fail-on", "none", files.records().toString());
        assertThat(run.exitCode()).as("otelint validate on %s: %s", dir, run.describe()).isZero();

        List<String> disagreements = new VerdictComparison(records, verdicts, run.errorsByRecord()).disagreements();
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + records.size() + " records judged differently by otelint and OpenSearch "
                    + "(" + corpusCase.name() + ", " + mode.label() + " mode):\n\n" + String.join("\n\n", disagreements));
        }
    }

    /** Copies the judged case to -Dotelint.corpus.out, for whoever fixes the validator against it. */
    private static void publish(String name, SchemaSet schemas, List<String> records, List<Verdict> verdicts) {
        Optional<Path> out = CaseFiles.corpusOut();
        out.ifPresent(dir -> new CaseFiles(dir.resolve(name)).write(schemas, records).writeVerdicts(verdicts));
    }
}
