package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemconvRegistryTest {

    private final SemconvRegistry fixture = SemconvTestModel.fixture();

    @Test
    void builtinIsTheShipped1440RegistryAndIsLoadedOnce() {
        SemconvRegistry builtin = SemconvRegistry.builtin();
        assertThat(builtin.version()).isEqualTo("1.44.0");
        assertThat(builtin.attributes()).hasSizeGreaterThan(900);
        assertThat(SemconvRegistry.resolve("1.44.0")).isSameAs(builtin);
        assertThat(SemconvRegistry.resolve("v1.44.0")).isSameAs(builtin);
    }

    @Test
    void everyShippedVersionLoadsAndCarriesItsOwnVersion() {
        assertThat(SemconvRegistry.shippedVersions()).contains("1.44.0");
        for (String version : SemconvRegistry.shippedVersions()) {
            assertThat(SemconvRegistry.resolve(version).version()).isEqualTo(version);
        }
    }

    @Test
    void shippedRegistryKeepsTheFactsOfTheModel() {
        SemconvRegistry builtin = SemconvRegistry.builtin();
        assertThat(builtin.attribute("http.url").deprecation().renamedTo()).isEqualTo("url.full");
        assertThat(builtin.attribute("server.address").type().modelName()).isEqualTo("string");
        assertThat(builtin.metric("http.server.request.duration").unit()).isEqualTo("s");
    }

    @Test
    void resolvesAModelDirectoryARegistryFileAndADirectoryHoldingOne(@TempDir Path dir) throws IOException {
        assertThat(SemconvRegistry.resolve(SemconvTestModel.FIXTURE.toString()).attribute("shop.order.id")).isNotNull();
        try (Writer w = Files.newBufferedWriter(dir.resolve("registry.json"))) {
            SemconvRegistryFile.write(fixture, w);
        }
        assertThat(SemconvRegistry.resolve(dir.resolve("registry.json").toString()).version()).isEqualTo("0.1.0");
        assertThat(SemconvRegistry.resolve(dir.toString()).metric("shop.order.duration")).isNotNull();
    }

    @Test
    void rejectsAnUnknownVersionNamingTheShippedOnes() {
        assertThatThrownBy(() -> SemconvRegistry.resolve("9.9.9"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'9.9.9'")
                .hasMessageContaining("1.44.0");
    }

    @Test
    void findsTheTemplateAKeyBelongsTo() {
        SemconvAttribute header = fixture.attribute("shop.request.header");
        assertThat(fixture.templateFor("shop.request.header.content-type")).isSameAs(header);
        assertThat(fixture.templateFor("shop.request.header.x.y")).isSameAs(header);
        assertThat(fixture.templateFor("shop.request.headers")).isNull();
        assertThat(fixture.templateFor("shop.request.header")).isNull();
        assertThat(SemconvRegistry.builtin().templateFor("http.request.header.content-type").id())
                .isEqualTo("http.request.header");
    }

    @Test
    void ownsTheNamespacesItsIdsStartWith() {
        assertThat(fixture.ownsNamespace("shop")).isTrue();
        assertThat(fixture.ownsNamespace("shop.order")).isTrue();
        assertThat(fixture.ownsNamespace("shop.item")).isTrue();
        assertThat(fixture.ownsNamespace("shop.order.id")).isFalse();
        assertThat(fixture.ownsNamespace("sho")).isFalse();
        assertThat(fixture.ownsMetricNamespace("shop.order")).isTrue();
        assertThat(fixture.ownsMetricNamespace("cart.items")).isFalse();
        assertThat(SemconvRegistry.builtin().ownsNamespace("k8s.pod")).isTrue();
    }

    @Test
    void listsTheGroupsAndMetricsThatReferenceAnAttribute() {
        assertThat(fixture.referencesTo("shop.order.id")).containsExactly(
                new SemconvReference("attributes.shop.common", "attribute_group", SemconvRequirementLevel.REQUIRED),
                new SemconvReference("metric.cart.items.mobile", "metric_refinement", SemconvRequirementLevel.RECOMMENDED),
                new SemconvReference("metric.shop.order.duration", "metric", SemconvRequirementLevel.REQUIRED),
                new SemconvReference("span.cart.update.client", "span", SemconvRequirementLevel.OPT_IN),
                new SemconvReference("span.cart.update.client.mobile", "span_refinement", SemconvRequirementLevel.OPT_IN),
                new SemconvReference("span.shop.checkout", "span", SemconvRequirementLevel.REQUIRED));
        assertThat(fixture.referencesTo("shop.legacy")).isEmpty();
    }

    @Test
    void suggestsTheClosestIds() {
        List<String> ids = List.of("shop.order.gift", "shop.order.id", "shop.order.total", "cart.id");
        assertThat(SemconvSuggestions.closest("shop.order.idd", ids, 3)).containsExactly("shop.order.id");
        assertThat(SemconvSuggestions.closest("shop.order.gif", ids, 3)).containsExactly("shop.order.gift");
        assertThat(SemconvSuggestions.closest("cart.ix", List.of("cart.id", "cart.ip", "cart.it"), 2))
                .containsExactly("cart.id", "cart.ip");
        assertThat(SemconvSuggestions.closest("zzz", ids, 3)).isEmpty();
    }
}
