package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.records.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simple Schema documents (an integration's data/) decoded to OTLP and pushed. */
class PushDocumentsTest {
    private static final Path NGINX = Path.of("examples/nginx");

    @TempDir
    Path dir;

    @Test
    void nginxExampleGoesToTheDebugExporterByDefault() {
        PushRun run = PushRun.run(NGINX.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("20 records in 20 requests to debug").contains("accepted: 20")
                .contains("not sent: 0");
    }

    @Test
    void decodedDocumentsReadBackAsTheSameDocuments() throws Exception {
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--to", "file=" + out, NGINX.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<Record> received = PushRun.records(out);
        assertThat(received).hasSize(20);
        assertThat(received).allSatisfy(r -> assertThat(r.document().get("attributes").get("http.request.method"))
                .isNotNull());
    }

    @Test
    void anUndecodableDocumentIsAFindingAndNotSent() throws Exception {
        Path input = dir.resolve("bad.json");
        Files.writeString(input, "{\"@timestamp\": \"not a time\", \"body\": \"x\", \"severity\": {\"text\": \"INFO\"}}\n");
        PushRun run = PushRun.run("--to", "file=" + dir.resolve("out.json"), input.toString());
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("push.undecodable").contains("not sent: 1 (1 unreadable)");
    }
}
