package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

/**
 * One case in one mode: OpenSearch judges every record, the judged case is published to
 * -Dotelint.corpus.out, otelint validates the same files, and every disagreement fails the check.
 */
final class DifferentialCheck {

    private DifferentialCheck() {}

    static void run(OpenSearchClient os, String name, SchemaSet schemas, List<String> records, Path workDir) {
        long started = System.nanoTime();
        IsolatedJudge judge = new IsolatedJudge();
        List<Verdict> verdicts = judge.judge(os, schemas, records);
        System.err.printf("%s: %d records, %d rejected, %d index recreations, %.1f s%n", name, records.size(),
                verdicts.stream().filter(v -> !v.accepted()).count(), judge.recreations(),
                (System.nanoTime() - started) / 1e9);
        CaseFiles.corpusOut().ifPresent(out ->
                new CaseFiles(out.resolve(name)).write(schemas, records).writeVerdicts(verdicts));

        CaseFiles files = new CaseFiles(workDir).write(schemas, records);
        ValidateRun run = ValidateRun.run("validate", "--schema", files.schemas().toString(), "--format", "json",
                "--no-semconv", "--fail-on", "none", files.records().toString());
        assertThat(run.exitCode()).as("otelint validate on %s: %s", workDir, run.describe()).isZero();

        List<String> disagreements = new VerdictComparison(records, verdicts, run.errorsByRecord()).disagreements();
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + records.size() + " records judged differently by otelint and OpenSearch ("
                    + name + "; files in " + workDir + "):\n\n" + String.join("\n\n", disagreements));
        }
    }
}
