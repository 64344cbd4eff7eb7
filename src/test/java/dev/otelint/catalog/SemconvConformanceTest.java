package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conformance with the upstream v1.44.0 model of the shared reference data; skipped (visibly) without it. */
class SemconvConformanceTest {

    private static SemconvRegistry upstream;

    /** Each test skips on its own when the reference data is absent, so the report counts them as skipped. */
    @BeforeEach
    void readUpstreamModel() {
        Path model = SemconvTestModel.referenceModel();
        if (upstream == null) {
            upstream = SemconvModelReader.read(model, null);
        }
    }

    @Test
    void rebuildingTheModelGivesTheCommittedRegistryByteForByte() throws IOException {
        StringWriter rebuilt = new StringWriter();
        SemconvRegistryFile.write(upstream, rebuilt);
        assertThat(rebuilt.toString()).isEqualTo(Files.readString(Path.of("catalog/semconv/1.44.0/registry.json")));
    }

    @Test
    void httpUrlIsDeprecatedInFavourOfUrlFull() {
        SemconvAttribute url = upstream.attribute("http.url");
        assertThat(url.deprecation().reason()).isEqualTo(SemconvDeprecation.Reason.RENAMED);
        assertThat(url.deprecation().renamedTo()).isEqualTo("url.full");
        assertThat(upstream.attribute("url.full").type().modelName()).isEqualTo("string");
        assertThat(upstream.attribute("url.full").isDeprecated()).isFalse();
    }

    @Test
    void httpRequestMethodIsAnOpenStringEnum() {
        SemconvType method = upstream.attribute("http.request.method").type();
        assertThat(method.isEnum()).isTrue();
        assertThat(method.openEnum()).isTrue();
        assertThat(method.members()).extracting(SemconvEnumMember::value).contains("GET", "POST", "_OTHER");
    }

    @Test
    void httpServerRequestDurationIsAHistogramInSeconds() {
        SemconvMetric duration = upstream.metric("http.server.request.duration");
        assertThat(duration.instrument()).isEqualTo(SemconvInstrument.HISTOGRAM);
        assertThat(duration.unit()).isEqualTo("s");
        assertThat(duration.attributes()).containsEntry("http.request.method", SemconvRequirementLevel.REQUIRED);
    }

    @Test
    void readsTheDefinition2FilesToo() {
        assertThat(upstream.attribute("server.address").type().modelName()).isEqualTo("string");
        assertThat(upstream.metric("hw.memory.size").instrument()).isEqualTo(SemconvInstrument.UPDOWNCOUNTER);
        assertThat(upstream.referencesTo("faas.trigger")).anyMatch(r -> r.groupId().equals("span.faas.server")
                && r.level() == SemconvRequirementLevel.REQUIRED);
    }
}
