package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvTestModel;
import dev.otelint.records.Signal;
import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute rules on crafted Simple Schema documents, against the fixture model. */
class SemconvValidatorTest {

    private final SemconvValidator validator = new SemconvValidator(SemconvTestModel.fixture());

    @Test
    void reportsARenamedAttributeWithItsPathPositionAndReplacement() {
        List<Finding> findings = validate("{\"attributes\": {\n  \"shop.order_id\": \"o-1\"}}");

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo("semconv.deprecated");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.file()).isEqualTo("test.json");
        assertThat(f.record()).isEqualTo(7);
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.column()).isEqualTo(20);
        assertThat(f.path()).isEqualTo("attributes.shop.order_id");
        assertThat(f.expected()).isEqualTo("shop.order.id");
        assertThat(f.actual()).isEqualTo("shop.order_id");
        assertThat(f.fix()).isEqualTo("rename it to shop.order.id");
    }

    @Test
    void flattensNestedAndMixedKeysToTheSameAttributeIds() {
        assertThat(validate("{\"attributes\":{\"shop\":{\"order_id\":\"o\"}}}"))
                .extracting(Finding::rule, Finding::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("semconv.deprecated", "attributes.shop.order_id"));
        assertThat(validate("{\"attributes\":{\"shop.order\":{\"count\":\"5\"}}}"))
                .extracting(Finding::path).containsExactly("attributes.shop.order.count");
    }

    @Test
    void tellsToRemoveAnObsoletedAttributeAndNamesReplacementsOfOthers() {
        assertThat(only("{\"shop.item\": \"x\"}").fix()).isEqualTo("remove it: semconv 0.1.0 obsoleted it without a replacement");
        Finding tip = only("{\"attributes\":{\"shop.tip\": 1.5}}");
        assertThat(tip.expected()).isEqualTo("shop.order.total / shop.order.count");
        assertThat(tip.fix()).startsWith("replace it with shop.order.total / shop.order.count");
    }

    @Test
    void readsAnObjectUnderAnAttributeThatIsAlsoANamespaceAsTheNamespace() {
        assertThat(validate("{\"attributes\":{\"shop\":{\"item\":{\"sku\":\"s-1\"}}}}")).isEmpty();
    }

    @Test
    void reportsAnUnknownKeyInAnOwnedNamespaceWithASuggestion() {
        Finding f = only("{\"attributes\":{\"shop.order.idd\":\"o\"}}");
        assertThat(f.rule()).isEqualTo("semconv.unknown-attribute");
        assertThat(f.path()).isEqualTo("attributes.shop.order.idd");
        assertThat(f.expected()).isEqualTo("shop.order.id");
        assertThat(f.fix()).isEqualTo("did you mean shop.order.id?");
    }

    @Test
    void leavesKeysOutsideOwnedNamespacesAlone() {
        assertThat(validate("{\"attributes\":{\"acme.order.id\":\"o\",\"shopping\":1,\"shop.x.y\":2,"
                + "\"data_stream\":{\"type\":\"logs\"}}}"))
                .isEmpty();
    }

    @Test
    void checksTopLevelKeysInRegistryNamespacesOnly() {
        assertThat(only("{\"shop\":{\"order\":{\"idd\":\"o\"}},\"body\":\"x\",\"name\":\"n\"}").path())
                .isEqualTo("shop.order.idd");
    }

    @Test
    void reportsAStringForAnInt() {
        Finding f = only("{\"attributes\":{\"shop.order.count\":\"5\"}}");
        assertThat(f.rule()).isEqualTo("semconv.type-mismatch");
        assertThat(f.expected()).isEqualTo("int");
        assertThat(f.actual()).isEqualTo("\"5\"");
        assertThat(f.message()).isEqualTo("shop.order.count is int in semconv 0.1.0, got string");
        assertThat(f.fix()).isEqualTo("write the number without quotes: 5");
    }

    @Test
    void acceptsAnIntegerForADoubleButNotADecimalForAnInt() {
        assertThat(validate("{\"attributes\":{\"shop.order.total\":12,\"cart.size\":null}}")).isEmpty();
        assertThat(only("{\"attributes\":{\"shop.order.count\":1.0}}").message()).endsWith("got double");
    }

    @Test
    void wantsArraysForArrayTypesAndScalarsForScalarTypes() {
        assertThat(validate("{\"attributes\":{\"shop.order.tags\":[\"a\",\"b\"],\"shop.order.gift\":true}}")).isEmpty();
        assertThat(only("{\"attributes\":{\"shop.order.tags\":\"a\"}}").fix()).isEqualTo("send a string[] array, e.g. [\"a\"]");
        assertThat(only("{\"attributes\":{\"shop.order.tags\":[\"a\",1]}}").actual()).isEqualTo("[\"a\",1]");
        assertThat(only("{\"attributes\":{\"shop.order.id\":{\"a\":1}}}").message()).endsWith("got object");
    }

    @Test
    void acceptsAnyValueForAnyAttributes() {
        assertThat(validate("{\"attributes\":{\"shop.payload\":{\"nested\":[1,{\"x\":true}]}}}")).isEmpty();
    }

    @Test
    void acceptsStringRenderingsInTheExportersFlatResourceMapOnly() {
        assertThat(validate("{\"resource\":{\"shop.order.count\":\"5\",\"shop.order.gift\":\"true\","
                + "\"shop.order.tags\":\"[\\\"a\\\"]\"}}"))
                .isEmpty();
        assertThat(only("{\"resource\":{\"shop.order.count\":\"five\"}}").path()).isEqualTo("resource.shop.order.count");
        assertThat(only("{\"resource\":{\"attributes\":{\"shop.order.count\":\"5\"}}}").path())
                .isEqualTo("resource.attributes.shop.order.count");
    }

    @Test
    void checksTemplateKeysAgainstTheTemplateValueType() {
        assertThat(validate("{\"attributes\":{\"shop.request.header.content-type\":[\"text/plain\"],"
                + "\"shop\":{\"request\":{\"header\":{\"accept\":[\"*/*\"]}}}}}")).isEmpty();
        Finding f = only("{\"attributes\":{\"shop.request.header.accept\":\"*/*\"}}");
        assertThat(f.rule()).isEqualTo("semconv.type-mismatch");
        assertThat(f.path()).isEqualTo("attributes.shop.request.header.accept");
        assertThat(f.expected()).isEqualTo("string[]");
        assertThat(only("{\"attributes\":{\"shop.request.header\":\"x\"}}").fix())
                .isEqualTo("put the value under a key, e.g. shop.request.header.<key>");
    }

    @Test
    void reportsAValueOutsideAnOpenEnumAsInfoAndOutsideAClosedEnumAsWarning() {
        Finding open = only("{\"attributes\":{\"shop.payment.method\":\"bitcoin\"}}");
        assertThat(open.rule()).isEqualTo("semconv.enum-value");
        assertThat(open.severity()).isEqualTo(Severity.INFO);
        assertThat(open.expected()).isEqualTo("one of card, cash, check");
        Finding closed = only("{\"attributes\":{\"shop.priority\":3}}");
        assertThat(closed.severity()).isEqualTo(Severity.WARNING);
        assertThat(validate("{\"attributes\":{\"shop.payment.method\":\"card\",\"shop.priority\":2}}")).isEmpty();
    }

    @Test
    void reportsADeprecatedEnumMemberWithTheValueItWasRenamedTo() {
        Finding f = only("{\"attributes\":{\"shop.payment.method\":\"cheque\"}}");
        assertThat(f.rule()).isEqualTo("semconv.deprecated");
        assertThat(f.expected()).isEqualTo("check");
        assertThat(f.fix()).isEqualTo("use the value check");
    }

    @Test
    void checksEventLinkAndScopeAttributesWithTheirPaths() {
        List<Finding> findings = validate("{\"events\":[{\"name\":\"e\"},{\"attributes\":{\"shop.order_id\":\"o\"}}],"
                + "\"links\":[{\"attributes\":{\"shop.order.count\":\"x\"}}],"
                + "\"instrumentationScope\":{\"name\":\"s\",\"attributes\":{\"shop.total\":1}}}");
        assertThat(findings).extracting(Finding::path).containsExactly("events[1].attributes.shop.order_id",
                "links[0].attributes.shop.order.count", "instrumentationScope.attributes.shop.total");
    }

    @Test
    void readsDottedKeysOfTheRootObjects() {
        assertThat(validate("{\"attributes.shop.order_id\":\"o\",\"resource.attributes.shop.total\":1}"))
                .extracting(Finding::path).containsExactly("attributes.shop.order_id", "resource.attributes.shop.total");
    }

    @Test
    void leavesTheSimpleSchemasOwnTopLevelFieldsAloneButNotTheSameKeysInAttributes() {
        SemconvValidator builtin = new SemconvValidator(SemconvRegistry.builtin());
        String document = "{\"event\":{\"kind\":\"event\",\"name\":\"access\",\"category\":[\"web\"]},"
                + "\"http\":{\"response\":{\"bytes\":956,\"status_code\":200},\"user_agent\":{\"original\":\"curl\"}},"
                + "\"url\":{\"username\":\"u\"}}";
        assertThat(validate(builtin, document)).isEmpty();
        assertThat(validate(builtin,
                "{\"attributes\":{\"http.response.bytes\":956,\"http.user_agent\":{\"original\":\"curl\"}}}"))
                .extracting(Finding::rule).containsExactly("semconv.unknown-attribute", "semconv.deprecated",
                        "semconv.type-mismatch");
    }

    @Test
    void reportsPre121HttpNamesOfTheNginxSample() {
        SemconvValidator builtin = new SemconvValidator(SemconvRegistry.builtin());
        List<Finding> findings = validate(builtin, "{\"http\":{\"response\":{\"status_code\":\"200\"},"
                + "\"url\":\"/a.html\",\"flavor\":\"1.1\",\"request\":{\"method\":\"GET\"}}}");
        assertThat(findings).extracting(Finding::rule, Finding::path, Finding::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("semconv.type-mismatch", "http.response.status_code", "int"),
                org.assertj.core.groups.Tuple.tuple("semconv.deprecated", "http.url", "url.full"),
                org.assertj.core.groups.Tuple.tuple("semconv.deprecated", "http.flavor",
                        "network.protocol.name / network.protocol.version"));
    }

    private List<Finding> validate(String json) {
        return validate(validator, json);
    }

    private static List<Finding> validate(SemconvValidator validator, String json) {
        List<Finding> findings = new ArrayList<>();
        validator.validate(SemconvTestJson.record(Signal.LOGS, json), findings::add);
        return findings;
    }

    private Finding only(String json) {
        List<Finding> findings = validate(json);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
