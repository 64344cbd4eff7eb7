package dev.otelint.opensearch;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim: for every record of the corpus, `otelint validate --no-semconv` reports an error exactly
 * when a real OpenSearch rejects the document, with the index created from the case's templates as
 * written and with its root mapping forced to strict. One dynamic test per case and mode.
 */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class DifferentialTest {

    @TestFactory
    Stream<DynamicTest> otelintAgreesWithOpenSearchOnEveryRecord(OpenSearchClient os, @TempDir Path tmp) {
        return Corpus.cases().stream().flatMap(c -> Stream.of(CorpusMode.values()).map(mode -> {
            String name = c.name() + "-" + mode.label();
            return DynamicTest.dynamicTest(name,
                    () -> DifferentialCheck.run(os, name, mode.apply(c.schemas()), c.records(), tmp.resolve(name)));
        }));
    }
}
