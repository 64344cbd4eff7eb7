package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.catalog.SemconvCliRun;
import dev.otelint.catalog.SemconvTestModel;
import org.junit.jupiter.api.Test;

class CatalogAttributeCommandTest {

    @Test
    void showsTypeStabilityAndDeprecationOfAShippedAttribute() {
        SemconvCliRun run = SemconvCliRun.of("catalog", "attribute", "http.url");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("http.url (semconv 1.44.0)", "type:          string",
                "stability:     development", "deprecated:    renamed to url.full");
    }

    @Test
    void listsEnumMembersAndTheGroupsReferencingTheAttributeWithTheirLevels() {
        SemconvCliRun run = SemconvCliRun.of("catalog", "attribute", "shop.payment.method", "--semconv",
                SemconvTestModel.FIXTURE.toString());
        assertThat(run.out()).contains("string enum, open (custom values allowed)")
                .containsPattern("cheque +id cheque +development, deprecated: renamed to check")
                .containsPattern("conditionally_required +span +span.shop.checkout")
                .containsPattern("conditionally_required +metric +metric.shop.order.duration");
    }

    @Test
    void showsTheTemplateAKeyBelongsTo() {
        SemconvCliRun run = SemconvCliRun.of("catalog", "attribute", "http.request.header.content-type");
        assertThat(run.out()).contains("http.request.header.content-type is a key of the template attribute http.request.header",
                "template[string[]] (keys http.request.header.<key>, each a string[])");
    }

    @Test
    void rejectsAnUnknownIdWithTheClosestIds() {
        SemconvCliRun run = SemconvCliRun.of("catalog", "attribute", "http.request.methd");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(
                "otelint: unknown attribute 'http.request.methd' in semconv 1.44.0; did you mean http.request.method?");
    }
}
