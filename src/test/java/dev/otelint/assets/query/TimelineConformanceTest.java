package dev.otelint.assets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Timeline expression of the reference dashboards (visState type "timelion", params.expression) parses. */
class TimelineConformanceTest {

    @Test
    void everyTimelineExpressionOfTheReferenceAssetsParses() throws Exception {
        Path reference = HjsonReferenceAssets.root("Timeline conformance test");
        int expressions = 0;
        int visualizations = 0;
        for (String line : HjsonReferenceAssets.ndjsonLines(reference)) {
            JsonNode visState = HjsonConformanceTest.visState(HjsonParser.parse(line));
            if (visState == null) {
                continue;
            }
            visualizations++;
            if (visState.path("type").asText().equals("timelion")) {
                assertThat(TimelineParser.parse(visState.at("/params/expression").asText())).isNotNull();
                expressions++;
            }
        }
        // Observed: 78 visualizations, none of them Timeline; the counts guard that this stays known.
        assertThat(visualizations).isEqualTo(78);
        assertThat(expressions).isZero();
    }
}
