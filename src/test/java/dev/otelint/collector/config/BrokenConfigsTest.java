package dev.otelint.collector.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken config under src/test/resources/collector/broken/ sits beside a .expected file: one line per
 * finding it must give, "LINE PATH: MESSAGE" with the collector's message.
 */
class BrokenConfigsTest {
    private static final Path CORPUS = Path.of("src/test/resources/collector/broken");

    static Stream<String> configs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void givesTheCollectorsMessageAtTheOffendingLine(String name) throws IOException {
        Path config = CORPUS.resolve(name);
        Report report = new Report();
        CollectorConfigs.read(List.of(config.toString()), List.of(), name1 -> null,
                ComponentRegistry.builtIn().with(new TestReceiverFactory()), report, false);
        List<String> found = report.findings().stream().map(BrokenConfigsTest::lineAndText).toList();
        List<String> expected = Files.readAllLines(CORPUS.resolve(name.replace(".yaml", ".expected")));
        assertThat(found).as(name).containsAll(expected);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.file()).isEqualTo(config.toString()));
    }

    private static String lineAndText(Finding f) {
        return f.line() + " " + f.path() + ": " + f.message();
    }
}
