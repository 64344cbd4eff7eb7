package dev.otelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactUriTest {

    @Test
    void keepsARelativePathRelative() {
        assertThat(ArtifactUri.of("nginx/data/sample.json")).isEqualTo("nginx/data/sample.json");
        assertThat(ArtifactUri.of("./././data/sample.json")).isEqualTo("data/sample.json");
    }

    @Test
    void turnsWindowsSeparatorsIntoSlashes() {
        assertThat(ArtifactUri.of("nginx\\data\\sample.json")).isEqualTo("nginx/data/sample.json");
    }

    @Test
    void percentEncodesWhatAUriCannotHoldLiterally() {
        assertThat(ArtifactUri.of("my data/50%#1?.json")).isEqualTo("my%20data/50%25%231%3F.json");
        assertThat(ArtifactUri.of("données.json")).isEqualTo("donn%C3%A9es.json");
        // a colon in the first segment would make it a scheme
        assertThat(ArtifactUri.of("c:d/x.json")).isEqualTo("c%3Ad/x.json");
    }

    @Test
    void makesAbsolutePathsFileUris() {
        assertThat(ArtifactUri.of("/home/ci/data/a b.json")).isEqualTo("file:///home/ci/data/a%20b.json");
        assertThat(ArtifactUri.of("C:\\ci\\data.json")).isEqualTo("file:///C:/ci/data.json");
    }
}
