package dev.otelint.catalog;

import static dev.otelint.catalog.SemconvRequirementLevel.CONDITIONALLY_REQUIRED;
import static dev.otelint.catalog.SemconvRequirementLevel.OPT_IN;
import static dev.otelint.catalog.SemconvRequirementLevel.RECOMMENDED;
import static dev.otelint.catalog.SemconvRequirementLevel.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemconvModelReaderTest {

    private final SemconvRegistry registry = SemconvTestModel.fixture();

    @Test
    void readsEveryAttributeDefinedInEitherFileFormatAndNoRefOnlyIds() {
        assertThat(registry.attributes()).extracting(SemconvAttribute::id).containsExactly(
                "cart.id", "cart.size", "shop.item", "shop.item.sku", "shop.legacy", "shop.order.count", "shop.order.gift",
                "shop.order.id", "shop.order.tags", "shop.order.total", "shop.order_id", "shop.payload",
                "shop.payment.method", "shop.priority", "shop.region", "shop.region.code", "shop.request.header",
                "shop.tip", "shop.total");
    }

    @Test
    void versionComesFromTheManifestSchemaUrlUnlessGiven() {
        assertThat(registry.version()).isEqualTo("0.1.0");
        assertThat(registry.schemaUrl()).isEqualTo("https://example.com/schemas/0.1.0");
        assertThat(SemconvModelReader.read(SemconvTestModel.FIXTURE, "9.9.9").version()).isEqualTo("9.9.9");
    }

    @Test
    void readsPrimitiveArrayTemplateAndAnyTypes() {
        assertThat(type("shop.order.count")).isEqualTo(SemconvType.parse("int"));
        assertThat(type("shop.order.total").primitive()).isEqualTo(SemconvType.Primitive.DOUBLE);
        assertThat(type("shop.order.gift").primitive()).isEqualTo(SemconvType.Primitive.BOOLEAN);
        assertThat(type("shop.order.tags").modelName()).isEqualTo("string[]");
        SemconvType header = type("shop.request.header");
        assertThat(header.template()).isTrue();
        assertThat(header.modelName()).isEqualTo("template[string[]]");
        assertThat(header.valueTypeName()).isEqualTo("string[]");
        assertThat(type("shop.payload").primitive()).isEqualTo(SemconvType.Primitive.ANY);
        assertThat(registry.attribute("shop.order.id").stability()).isEqualTo("stable");
    }

    @Test
    void readsEnumMembersTheirValueTypeAndWhetherCustomValuesAreAllowed() {
        SemconvType payment = type("shop.payment.method");
        assertThat(payment.isEnum()).isTrue();
        assertThat(payment.openEnum()).isTrue();
        assertThat(payment.primitive()).isEqualTo(SemconvType.Primitive.STRING);
        assertThat(payment.members()).extracting(SemconvEnumMember::value).containsExactly("card", "cash", "cheque", "check");
        SemconvEnumMember cheque = payment.members().get(2);
        assertThat(cheque.stability()).isEqualTo("development");
        assertThat(cheque.deprecation().renamedTo()).isEqualTo("check");

        SemconvType priority = type("shop.priority");
        assertThat(priority.openEnum()).isFalse();
        assertThat(priority.primitive()).isEqualTo(SemconvType.Primitive.INT);
        assertThat(priority.members()).extracting(SemconvEnumMember::value).containsExactly("1", "2");
    }

    @Test
    void readsTheMapFormOfDeprecation() {
        assertThat(registry.attribute("shop.order_id").deprecation())
                .isEqualTo(new SemconvDeprecation(SemconvDeprecation.Reason.RENAMED, List.of("shop.order.id")));
        assertThat(registry.attribute("shop.item").deprecation())
                .isEqualTo(new SemconvDeprecation(SemconvDeprecation.Reason.OBSOLETED, List.of()));
        assertThat(registry.attribute("shop.tip").deprecation()).isEqualTo(new SemconvDeprecation(
                SemconvDeprecation.Reason.UNCATEGORIZED, List.of("shop.order.total", "shop.order.count")));
        assertThat(registry.attribute("shop.order.id").isDeprecated()).isFalse();
    }

    @Test
    void readsTheOldPlainStringFormOfDeprecationAsUncategorizedWithTheNamedReplacement() {
        assertThat(registry.attribute("shop.total").deprecation())
                .isEqualTo(new SemconvDeprecation(SemconvDeprecation.Reason.UNCATEGORIZED, List.of("shop.order.total")));
        assertThat(registry.attribute("shop.legacy").deprecation())
                .isEqualTo(new SemconvDeprecation(SemconvDeprecation.Reason.UNCATEGORIZED, List.of()));
    }

    @Test
    void takesReplacementsOnlyFromNotesThatNameThem() {
        assertThat(SemconvDeprecation.replacementsIn("Split to `url.path` and `url.query`."))
                .containsExactly("url.path", "url.query");
        assertThat(SemconvDeprecation.replacementsIn("Use `user.roles` instead.")).containsExactly("user.roles");
        assertThat(SemconvDeprecation.replacementsIn("Replaced by `db.client.connection.create_time` with unit `s`."))
                .containsExactly("db.client.connection.create_time");
        assertThat(SemconvDeprecation.replacementsIn("Removed, no general replacement. For Elasticsearch, use `db.x.y`."))
                .isEmpty();
    }

    @Test
    void resolvesRequirementLevelsThroughExtendsKeepingInheritedLevelsOfRefsWithoutOne() {
        Map<String, SemconvRequirementLevel> checkout = group("span.shop.checkout").attributes();
        assertThat(checkout).containsOnly(entry("shop.order.id", REQUIRED), entry("shop.payment.method", CONDITIONALLY_REQUIRED),
                entry("shop.order.count", OPT_IN), entry("shop.order.total", RECOMMENDED));
        assertThat(group("span.shop.checkout").type()).isEqualTo("span");
    }

    @Test
    void resolvesDefinition2RefGroupsSpansAndRefinements() {
        assertThat(group("span.cart.update.client").attributes()).containsOnly(
                entry("cart.id", REQUIRED), entry("cart.size", RECOMMENDED), entry("shop.order.id", OPT_IN));
        SemconvGroup mobile = group("span.cart.update.client.mobile");
        assertThat(mobile.type()).isEqualTo("span_refinement");
        assertThat(mobile.attributes()).containsOnly(
                entry("cart.id", REQUIRED), entry("cart.size", CONDITIONALLY_REQUIRED), entry("shop.order.id", OPT_IN));
        assertThat(group("metric.cart.items.mobile").attributes()).containsEntry("shop.order.id", RECOMMENDED);
    }

    @Test
    void readsMetricsOfBothFormatsWithTheirAttributesAndKeepsThemOutOfGroups() {
        SemconvMetric duration = registry.metric("shop.order.duration");
        assertThat(duration.instrument()).isEqualTo(SemconvInstrument.HISTOGRAM);
        assertThat(duration.unit()).isEqualTo("s");
        assertThat(duration.stability()).isEqualTo("stable");
        assertThat(duration.attributes()).containsOnly(entry("shop.order.id", REQUIRED),
                entry("shop.payment.method", CONDITIONALLY_REQUIRED));
        assertThat(registry.metric("shop.orders").deprecation().renamedTo()).isEqualTo("shop.order.created");
        SemconvMetric items = registry.metric("cart.items");
        assertThat(items.instrument()).isEqualTo(SemconvInstrument.GAUGE);
        assertThat(items.unit()).isEqualTo("{item}");
        assertThat(items.attributes()).containsOnly(entry("cart.id", REQUIRED), entry("cart.size", RECOMMENDED));
        assertThat(registry.groups()).extracting(SemconvGroup::id)
                .doesNotContain("metric.shop.order.duration", "metric.cart.items");
    }

    @Test
    void keepsNoProse() throws IOException {
        StringWriter json = new StringWriter();
        SemconvRegistryFile.write(registry, json);
        assertThat(json.toString()).doesNotContain("prose", "The order id", "o-1", "When the order is paid", "brief", "note");
    }

    @Test
    void rejectsAnUnknownTypeNamingFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "groups:\n  - id: registry.x\n    type: attribute_group\n    attributes:\n"
                + "      - id: x.a\n        type: integer\n");
        assertThatThrownBy(() -> SemconvModelReader.read(dir, "1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("x.yaml:6:15")
                .hasMessageContaining("unknown type 'integer'");
    }

    @Test
    void rejectsARefToAnUndefinedAttribute(@TempDir Path dir) throws IOException {
        write(dir, "groups:\n  - id: span.x\n    type: span\n    attributes:\n      - ref: x.missing\n");
        assertThatThrownBy(() -> SemconvModelReader.read(dir, "1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("x.yaml:5:9")
                .hasMessageContaining("ref x.missing names no attribute");
    }

    @Test
    void rejectsSectionsItCannotKeepRatherThanDroppingThem(@TempDir Path dir) throws IOException {
        write(dir, "file_format: definition/2\nevents:\n  - name: x\n");
        assertThatThrownBy(() -> SemconvModelReader.read(dir, "1"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("x.yaml:2:1")
                .hasMessageContaining("unsupported section 'events'");
    }

    @Test
    void rejectsInvalidYamlAndAModelWithoutVersion(@TempDir Path dir) throws IOException {
        write(dir, "groups: [\n");
        assertThatThrownBy(() -> SemconvModelReader.read(dir, "1"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x.yaml:").hasMessageContaining("not valid YAML");
        write(dir, "groups: []\n");
        assertThatThrownBy(() -> SemconvModelReader.read(dir, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no manifest.yaml");
    }

    private static void write(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("x.yaml"), yaml);
    }

    private SemconvType type(String id) {
        return registry.attribute(id).type();
    }

    private SemconvGroup group(String id) {
        return registry.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
