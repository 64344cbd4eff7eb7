package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import dev.otelint.validate.mapping.IndexMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev helper: runs the validator over a differential corpus (per case: schemas/, records.ndjson and
 * OpenSearch's verdicts.ndjson) and prints every record where otelint and OpenSearch disagree.
 * The corpus is taken from -Dotelint.diffCorpus, else /work/wt/diff-corpus; skipped when absent.
 * Fails on a mismatch only with -Dotelint.diffStrict=true. Not part of the default test run (the
 * name matches no surefire include): run it with {@code mvn -q -o test -Dtest=DiffCorpusCheck}.
 */
class DiffCorpusCheck {

    @Test
    void validatorAgreesWithOpenSearchVerdicts() throws IOException {
        Path corpus = Path.of(System.getProperty("otelint.diffCorpus", "/work/wt/diff-corpus"));
        if (!Files.isDirectory(corpus)) {
            System.err.println("DiffCorpusCheck skipped: no differential corpus at " + corpus);
        }
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no differential corpus at " + corpus);
        List<String> mismatches = new ArrayList<>();
        int records = 0;
        List<Path> cases;
        try (Stream<Path> listing = Files.list(corpus)) {
            cases = listing.filter(p -> Files.isRegularFile(p.resolve("verdicts.ndjson"))).sorted().toList();
        }
        for (Path dir : cases) {
            records += runCase(dir, mismatches);
        }
        mismatches.forEach(System.err::println);
        System.err.println("DiffCorpusCheck: " + mismatches.size() + " mismatches in " + records + " records of "
                + cases.size() + " cases");
        if (Boolean.getBoolean("otelint.diffStrict")) {
            assertThat(mismatches).isEmpty();
        }
    }

    private static int runCase(Path dir, List<String> mismatches) throws IOException {
        IndexMapping mapping;
        try {
            mapping = MappingLoader.fromSchema(dir.resolve("schemas"));
        } catch (BadInputException e) {
            mismatches.add(dir.getFileName() + ": mapping not loaded: " + e.getMessage());
            return 0;
        }
        MappingValidator validator = new MappingValidator(mapping);
        List<String> lines = Files.readAllLines(dir.resolve("records.ndjson"));
        List<String> verdicts = Files.readAllLines(dir.resolve("verdicts.ndjson"));
        for (int i = 0; i < lines.size() && i < verdicts.size(); i++) {
            String verdict = verdicts.get(i);
            boolean accepted = verdict.contains("\"accepted\":true") || verdict.contains("\"accepted\": true");
            List<Finding> findings = new ArrayList<>();
            boolean parsed = true;
            try {
                validator.validate(TestJson.record(dir.getFileName() + "/records.ndjson", i + 1, lines.get(i)),
                        findings::add);
            } catch (RuntimeException e) {
                if (e instanceof BadInputException) {
                    parsed = false;
                } else {
                    mismatches.add(dir.getFileName() + " #" + (i + 1) + " CRASH " + e + " :: " + lines.get(i));
                    continue;
                }
            }
            boolean rejected = !parsed || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            if (rejected == accepted) {
                mismatches.add(dir.getFileName() + " #" + (i + 1) + (accepted ? " OS accepts, otelint rejects: "
                        : " OS rejects, otelint accepts: ") + trim(lines.get(i)) + "\n      OS: " + trim(verdict)
                        + "\n      otelint: " + findings.stream().filter(f -> f.severity() == Severity.ERROR)
                        .map(f -> f.rule() + " " + f.path() + " " + f.message()).toList());
            }
        }
        return lines.size();
    }

    private static String trim(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
