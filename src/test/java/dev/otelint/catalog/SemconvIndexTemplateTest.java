package dev.otelint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.otelint.report.BadInputException;
import org.junit.jupiter.api.Test;

class SemconvIndexTemplateTest {

    private final SemconvRegistry registry = SemconvTestModel.fixture();

    @Test
    void mapsEachLiveAttributeTypeAsNestedObjects() {
        JsonNode shop = properties(SemconvIndexTemplate.build(registry, "shop", null)).path("shop").path("properties");
        JsonNode order = shop.path("order").path("properties");
        assertThat(order.path("id").path("type").asText()).isEqualTo("keyword");
        assertThat(order.path("count").path("type").asText()).isEqualTo("long");
        assertThat(order.path("total").path("type").asText()).isEqualTo("double");
        assertThat(order.path("gift").path("type").asText()).isEqualTo("boolean");
        assertThat(order.path("tags").path("type").asText()).isEqualTo("keyword");
        assertThat(shop.path("payment").path("properties").path("method").path("type").asText()).isEqualTo("keyword");
        assertThat(shop.path("priority").path("type").asText()).isEqualTo("keyword");
        assertThat(shop.path("payload").toString()).isEqualTo("{\"type\":\"object\",\"enabled\":false}");
    }

    @Test
    void leavesDeprecatedAttributesOut() {
        JsonNode shop = properties(SemconvIndexTemplate.build(registry, "shop", null)).path("shop").path("properties");
        assertThat(shop.has("order_id")).isFalse();
        assertThat(shop.has("total")).isFalse();
        assertThat(shop.path("item").path("properties").path("sku").path("type").asText()).isEqualTo("keyword");
    }

    @Test
    void mapsTemplatesAsDynamicTemplatesBelowThePrefix() {
        JsonNode mappings = mappings(SemconvIndexTemplate.build(registry, "shop", "attributes"));
        JsonNode rule = mappings.path("dynamic_templates").path(0).path("shop.request.header");
        assertThat(rule.path("path_match").asText()).isEqualTo("attributes.shop.request.header.*");
        assertThat(rule.path("mapping").path("type").asText()).isEqualTo("keyword");
        assertThat(mappings.path("properties").path("attributes").path("properties").path("shop").path("properties")
                .path("order").path("properties").path("id").path("type").asText()).isEqualTo("keyword");
    }

    @Test
    void reportsAnAttributeThatIsAlsoAnObjectInsteadOfDroppingItSilently() {
        SemconvIndexTemplate.Result result = SemconvIndexTemplate.build(registry, "shop", null);
        assertThat(result.conflicts()).containsExactly(
                "shop.region (string) is not mapped: shop.region is also the object holding shop.region.code");
        JsonNode meta = mappings(result).path("_meta");
        assertThat(meta.path("conflicts").path(0).asText()).startsWith("shop.region (string) is not mapped");
        JsonNode region = properties(result).path("shop").path("properties").path("region");
        assertThat(region.path("properties").path("code").path("type").asText()).isEqualTo("keyword");
    }

    @Test
    void recordsTheSemconvVersionAndNamespaceInMeta() {
        JsonNode meta = mappings(SemconvIndexTemplate.build(registry, "shop.order", null)).path("_meta");
        assertThat(meta.path("semconv").asText()).isEqualTo("0.1.0");
        assertThat(meta.path("namespace").asText()).isEqualTo("shop.order");
        assertThat(meta.has("conflicts")).isFalse();
    }

    @Test
    void rejectsANamespaceWithoutLiveAttributes() {
        assertThatThrownBy(() -> SemconvIndexTemplate.build(registry, "shp", null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("did you mean shop?");
        assertThatThrownBy(() -> SemconvIndexTemplate.build(registry, "shop.tip", null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no attribute in this namespace");
    }

    private static JsonNode properties(SemconvIndexTemplate.Result result) {
        return mappings(result).path("properties");
    }

    private static JsonNode mappings(SemconvIndexTemplate.Result result) {
        return result.template().path("template").path("mappings");
    }
}
