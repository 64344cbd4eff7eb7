package dev.otelint.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Starts servers of its own (not the shared one) to prove that nothing outlives them. */
@Tag("opensearch")
class OpenSearchServerLifecycleTest {

    @Test
    void closeStopsTheWholeProcessTreeAndDeletesItsFiles() throws Exception {
        OpenSearchServer server = OpenSearchServer.start(OpenSearchExtension.distributionOrSkip("lifecycle test"));
        List<ProcessHandle> tree = new ArrayList<>(server.process().descendants().toList());
        tree.add(server.process());
        Path dir = server.directory();
        OpenSearchClient client = server.client();
        assertThat(client.getOrFail("/_cluster/health").json().path("status").asText()).isIn("green", "yellow");

        server.close();

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(dir).doesNotExist();
        assertThatThrownBy(() -> client.get("/")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aFailedStartSaysWhyAndLeavesNothingBehind() throws Exception {
        List<Path> before = tempInstalls();

        assertThatThrownBy(() -> OpenSearchServer.start(OpenSearchExtension.distributionOrSkip("lifecycle test"),
                List.of("-Eotelint.no.such.setting=1")))
                .hasMessageContaining("OpenSearch exited with code")
                .hasMessageContaining("otelint.no.such.setting");

        assertThat(tempInstalls()).isEqualTo(before);
    }

    private static List<Path> tempInstalls() throws Exception {
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("otelint-opensearch-")).sorted().toList();
        }
    }
}
