package dev.otelint.assets.rules;

import static dev.otelint.assets.rules.References.agg;
import static dev.otelint.assets.rules.References.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.DeprecatedNames;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTypeRulesTest {

    private static final Schema LOGS = SchemaResolver.catalog().resolve(References.LOGS).orElseThrow();
    private static final Schema SMALL = SmallSchema.schema();
    private static final SemconvRegistry SEMCONV = SemconvRegistry.builtin();

    private static List<Finding> check(FieldReference ref) {
        return FieldTypeRules.check(ref, LOGS, SEMCONV);
    }

    private static List<String> rules(FieldReference ref, Schema schema) {
        return FieldTypeRules.check(ref, schema, SEMCONV).stream().map(Finding::rule).toList();
    }

    @Test
    void aFieldMissingFromTheSchemaIsAnErrorLocatedAtTheReference() {
        Finding finding = check(agg("status", "terms")).get(0);

        assertThat(finding.rule()).isEqualTo("asset.field-missing");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.file()).isEqualTo(References.FILE);
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.path()).isEqualTo("visualization/vis-1:visState.aggs[2].params.field");
        assertThat(finding.message()).contains("visualization \"Requests by status\"", "\"status\"",
                "catalog logs template", "ss4o_logs-*");
    }

    @Test
    void mappedFieldsUsedForWhatTheirTypeAllowsAreClean() {
        assertThat(check(agg("severity.text.keyword", "terms"))).isEmpty();
        assertThat(check(agg("severity.number", "avg"))).isEmpty();
        assertThat(check(agg("@timestamp", "date_histogram"))).isEmpty();
        assertThat(check(agg("@timestamp", "max"))).isEmpty();
        assertThat(check(of("body", FieldRole.FILTER, null, References.LOGS))).isEmpty();
        assertThat(check(of("instrumentationScope.attributes.team", FieldRole.GROUP_BY, null, References.LOGS)))
                .isEmpty(); // mapped by the template's dynamic template as keyword
    }

    @Test
    void aMissingMultiFieldIsAnErrorNamingTheParent() {
        Finding finding = check(agg("body.keyword", "terms")).get(0);

        assertThat(finding.rule()).isEqualTo("asset.subfield-missing");
        assertThat(finding.message()).contains("field \"body\"", "no sub-field \"keyword\"");
    }

    @Test
    void termsOnTextIsAnErrorWhoseFixNamesTheKeywordSubField() {
        Finding finding = check(agg("severity.text", "terms")).get(0);

        assertThat(finding.rule()).isEqualTo("asset.aggregation-type");
        assertThat(finding.actual()).isEqualTo("text");
        assertThat(finding.fix()).contains("severity.text.keyword");
        assertThat(check(agg("body", "significant_terms")).get(0).fix()).contains("map the field as keyword");
    }

    @Test
    void aggregationsNeedTheirFieldFamily() {
        assertThat(rules(agg("traceId", "avg"), LOGS)).containsExactly("asset.aggregation-type");
        assertThat(rules(agg("traceId", "percentiles"), LOGS)).containsExactly("asset.aggregation-type");
        assertThat(rules(agg("severity.number", "date_histogram"), LOGS)).containsExactly("asset.aggregation-type");
        assertThat(rules(agg("traceId", "geohash_grid"), LOGS)).containsExactly("asset.aggregation-type");
        assertThat(rules(agg("location", "geotile_grid"), SMALL)).isEmpty();
        assertThat(rules(agg("body", "range"), LOGS)).containsExactly("asset.aggregation-type");
        assertThat(rules(agg("bytes", "range"), SMALL)).isEmpty();
        assertThat(rules(agg("client_ip", "terms"), SMALL)).isEmpty();
        assertThat(rules(agg("traceId", "count"), LOGS)).isEmpty();
    }

    @Test
    void groupingAndSortingOnTextAreAggregationErrors() {
        assertThat(rules(of("body", FieldRole.GROUP_BY, null, References.LOGS), LOGS))
                .containsExactly("asset.aggregation-type");
        assertThat(rules(of("body", FieldRole.SORT, null, References.LOGS), LOGS))
                .containsExactly("asset.aggregation-type");
        assertThat(rules(of("traceId", FieldRole.SORT, null, References.LOGS), LOGS)).isEmpty();
    }

    @Test
    void filtersOnFieldsBelowADisabledObjectAreWarnings() {
        Finding finding = FieldTypeRules.check(of("payload.user", FieldRole.EXISTS, null, SmallSchema.PATTERN),
                SMALL, SEMCONV).get(0);

        assertThat(finding.rule()).isEqualTo("asset.unindexed-field");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("\"payload\" (enabled: false)");
        assertThat(rules(of("payload.user", FieldRole.PROJECTION, null, SmallSchema.PATTERN), SMALL)).isEmpty();
    }

    @Test
    void filtersOnFieldsMappedWithIndexFalseAreWarnings() {
        Finding finding = FieldTypeRules.check(of("request_id", FieldRole.FILTER, null, SmallSchema.PATTERN),
                SMALL, SEMCONV).get(0);

        assertThat(finding.rule()).isEqualTo("asset.unindexed-field");
        assertThat(finding.actual()).isEqualTo("request_id (index: false)");
        assertThat(rules(of("tags.exact", FieldRole.EXISTS, null, SmallSchema.PATTERN), SMALL))
                .containsExactly("asset.unindexed-field");
        assertThat(rules(agg("request_id", "terms"), SMALL)).isEmpty(); // doc values still serve aggregations
    }

    @Test
    void fielddataLetsTextServeTermsAndMissingDocValuesStopKeywordAggregations() {
        assertThat(rules(agg("tags", "terms"), SMALL)).isEmpty();
        assertThat(rules(of("tags", FieldRole.SORT, null, SmallSchema.PATTERN), SMALL)).isEmpty();
        assertThat(rules(agg("tags", "avg"), SMALL)).containsExactly("asset.aggregation-type");
        Finding finding = FieldTypeRules.check(agg("session", "terms"), SMALL, SEMCONV).get(0);

        assertThat(finding.rule()).isEqualTo("asset.aggregation-type");
        assertThat(finding.actual()).isEqualTo("keyword (doc_values: false)");
        assertThat(rules(of("session", FieldRole.FILTER, null, SmallSchema.PATTERN), SMALL)).isEmpty();
    }

    @Test
    void deprecatedConventionNamesGetTheirReplacementAsFix() {
        Finding finding = check(of("attributes.http.url", FieldRole.FILTER, null, References.LOGS)).stream()
                .filter(f -> f.rule().equals("asset.deprecated-field")).findFirst().orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.expected()).isEqualTo("attributes.url.full");
        assertThat(finding.fix()).isEqualTo("rename \"attributes.http.url\" to \"attributes.url.full\"");
        assertThat(DeprecatedNames.find("http.method", SEMCONV).fixedField()).isEqualTo("http.request.method");
        assertThat(DeprecatedNames.find("resource.http.url.keyword", SEMCONV).fixedField())
                .isEqualTo("resource.url.full.keyword");
        assertThat(DeprecatedNames.find("url.full", SEMCONV)).isNull();
    }

    @Test
    void dataPrepperNamesAreCheckedAsWrittenAndRenamedWithAt() {
        List<Finding> findings = FieldTypeRules.check(
                of("span.attributes.http@method", FieldRole.GROUP_BY, "terms", SmallSchema.PATTERN), SMALL, SEMCONV);

        assertThat(findings).extracting(Finding::rule).containsExactly("asset.deprecated-field");
        assertThat(findings.get(0).expected()).isEqualTo("span.attributes.http@request@method");
    }

    @Test
    void wildcardFieldsMatchingAnyFieldAreClean() {
        assertThat(rules(of("machine.os*", FieldRole.FILTER, null, SmallSchema.PATTERN), SMALL)).isEmpty();
        assertThat(rules(of("machine.arch*", FieldRole.FILTER, null, SmallSchema.PATTERN), SMALL))
                .containsExactly("asset.field-missing");
    }

    @Test
    void indexPatternFieldTypesMustAgreeWithTheSchema() {
        assertThat(check(References.indexPatternField("severity.number", "number"))).isEmpty();
        assertThat(check(References.indexPatternField("body", "string"))).isEmpty();
        assertThat(check(References.indexPatternField("severity.number", "conflict"))).isEmpty();
        Finding finding = check(References.indexPatternField("severity.number", "string")).get(0);

        assertThat(finding.rule()).isEqualTo("asset.index-pattern-type");
        assertThat(finding.path()).isEqualTo("index-pattern/ip-1:fields[4].name");
        assertThat(finding.expected()).isEqualTo("number");
        assertThat(finding.actual()).isEqualTo("string");
    }

    @Test
    void theTimeFieldMustExistAndBeADate() {
        assertThat(check(References.timeField("@timestamp"))).isEmpty();
        assertThat(check(References.timeField("observedTimestamp"))).isEmpty();
        Finding missing = check(References.timeField("timestamp")).get(0);
        Finding notDate = check(References.timeField("severity.number")).get(0);

        assertThat(missing.rule()).isEqualTo("asset.time-field");
        assertThat(missing.message()).contains("does not exist");
        assertThat(notDate.rule()).isEqualTo("asset.time-field");
        assertThat(notDate.actual()).isEqualTo("long");
        assertThat(rules(of("bytes", FieldRole.TIME, null, SmallSchema.PATTERN), SMALL))
                .containsExactly("asset.time-field");
    }

    @Test
    void withoutASchemaOnlyTheConventionNameIsChecked() {
        assertThat(FieldTypeRules.check(of("http.url", FieldRole.FILTER, null, null), null, SEMCONV))
                .extracting(Finding::rule).containsExactly("asset.deprecated-field");
        assertThat(FieldTypeRules.check(of("nope", FieldRole.FILTER, null, null), null, SEMCONV)).isEmpty();
    }
}
