package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The document walk against verdicts observed on OpenSearch 2.18 (DocumentParser and the object,
 * alias, nested and metadata mappers). Each accepted/rejected expectation was checked on a real node.
 */
class MappingValidatorTest {

    private static final Checks DYNAMIC = Checks.of("{}");

    @Nested
    class FieldNames {

        @Test
        void emptyDotOnlyAndEmptyPartNamesAreRejected() {
            for (String doc : List.of("{\"\":1}", "{\".\":1}", "{\"..\":1}", "{\".a\":1}", "{\"a..b\":1}",
                    "{\"a. .b\":1}", "{\" .a\":1}")) {
                assertThat(DYNAMIC.errorRules(doc)).as(doc).containsExactly("mapping.invalid-field-name");
            }
        }

        @Test
        void aBadNameIsReportedAtTheKey() {
            Finding error = DYNAMIC.errors("{\"ok\": 1,\n \"a..b\": 2}").get(0);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(2);
            assertThat(error.actual()).isEqualTo("\"a..b\"");
        }

        @Test
        void trailingDotsAndBlankNamesWithoutDotsAreAccepted() {
            // String.split drops the trailing empty part: "a." is field a
            assertThat(DYNAMIC.accepts("{\"a.\":1}")).isTrue();
            assertThat(DYNAMIC.accepts("{\" \":1}")).isTrue();
            assertThat(DYNAMIC.accepts("{\"a. b\":1}")).isTrue();
        }
    }

    @Nested
    class MetadataFields {

        @Test
        void metadataFieldsAtTheRootAreRejected() {
            for (String name : List.of("_id", "_source", "_index", "_routing", "_ignored", "_version", "_seq_no")) {
                assertThat(DYNAMIC.errorRules("{\"" + name + "\":1}")).as(name).containsExactly("mapping.metadata-field");
            }
            assertThat(DYNAMIC.errorRules("{\"_id\":[1]}")).containsExactly("mapping.metadata-field");
        }

        @Test
        void otherUnderscoreNamesEmptyArraysAndNestedPositionsAreFine() {
            assertThat(DYNAMIC.accepts("{\"_type\":1,\"_x\":1,\"_doc_count\":1}")).isTrue();
            assertThat(DYNAMIC.accepts("{\"_id\":[]}")).isTrue();
            assertThat(DYNAMIC.accepts("{\"a\":{\"_id\":1}}")).isTrue();
        }

        @Test
        void aDottedPathThroughAMetadataFieldIsAnObjectConflict() {
            assertThat(DYNAMIC.errorRules("{\"_source.a\":1}")).containsExactly("mapping.object-conflict");
        }

        @Test
        void theIndexIgnoreMalformedSettingDropsThem() {
            Checks lenient = Checks.of("{\"settings\":{\"index.mapping.ignore_malformed\":true}}");
            assertThat(lenient.rules("{\"_id\":1}")).containsExactly("mapping.ignored-malformed");
        }
    }

    @Nested
    class Objects {

        private final Checks checks = Checks.properties("{\"o\":{\"properties\":{\"k\":{\"type\":\"keyword\"}}},"
                + "\"d\":{\"type\":\"object\",\"enabled\":false},\"n\":{\"type\":\"nested\"},"
                + "\"k\":{\"type\":\"keyword\"},\"a\":{\"type\":\"alias\",\"path\":\"k\"}}");

        @Test
        void aScalarIntoAnObjectIsRejectedButNullAndEmptyArraysAreNot() {
            assertThat(checks.errorRules("{\"o\":1}")).containsExactly("mapping.type-mismatch");
            assertThat(checks.errorRules("{\"o\":[1]}")).containsExactly("mapping.type-mismatch");
            assertThat(checks.accepts("{\"o\":null}")).isTrue();
            assertThat(checks.accepts("{\"o\":[]}")).isTrue();
            assertThat(checks.accepts("{\"o\":[null,{\"k\":\"a\"}]}")).isTrue();
        }

        @Test
        void aDisabledObjectTakesAnything() {
            assertThat(checks.accepts("{\"d\":1}")).isTrue();
            assertThat(checks.accepts("{\"d\":[1,{\"a\":[1,\"x\"]}]}")).isTrue();
            assertThat(checks.accepts("{\"d.a.b\":{\"\":1}}")).isTrue();
        }

        @Test
        void nestedObjectsCannotBeReachedThroughDotsNorTakeScalars() {
            assertThat(checks.errorRules("{\"n.k\":\"a\"}")).containsExactly("mapping.object-conflict");
            assertThat(checks.errorRules("{\"n\":1}")).containsExactly("mapping.type-mismatch");
            assertThat(checks.accepts("{\"n\":[{\"k\":1},{\"k\":2}]}")).isTrue();
            // nested documents share one dynamic mapping update
            assertThat(checks.errorRules("{\"n\":[{\"k\":1},{\"k\":\"x\"}]}")).containsExactly("mapping.object-conflict");
        }

        @Test
        void writingToAnAliasIsRejectedUnlessTheArrayIsEmpty() {
            assertThat(checks.errorRules("{\"a\":\"x\"}")).containsExactly("mapping.alias-write");
            assertThat(checks.errorRules("{\"a\":null}")).containsExactly("mapping.alias-write");
            assertThat(checks.errorRules("{\"a\":[null]}")).containsExactly("mapping.alias-write");
            assertThat(checks.accepts("{\"a\":[]}")).isTrue();
            assertThat(checks.errorRules("{\"a.b\":1}")).containsExactly("mapping.object-conflict");
        }

        @Test
        void anObjectIntoALeafIsRejectedOnceWithoutLookingInside() {
            List<Finding> errors = checks.errors("{\"k\":{\"a\":{\"b\":1},\"c\":[1,2]}}");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).rule()).isEqualTo("mapping.type-mismatch");
            assertThat(errors.get(0).path()).isEqualTo("k");
        }
    }

    @Nested
    class DynamicMapping {

        @Test
        void aFieldAddedInTheDocumentConstrainsItsLaterValues() {
            assertThat(DYNAMIC.errorRules("{\"x\":[1,\"a\"]}")).containsExactly("mapping.object-conflict");
            assertThat(DYNAMIC.errorRules("{\"x\":[1,1.5]}")).containsExactly("mapping.object-conflict");
            assertThat(DYNAMIC.errorRules("{\"x\":[1,{\"a\":1}]}")).containsExactly("mapping.object-conflict");
            assertThat(DYNAMIC.errorRules("{\"x\":[{\"a\":1},{\"a\":\"b\"}]}")).containsExactly("mapping.object-conflict");
            assertThat(DYNAMIC.errorRules("{\"a.b\":1,\"a\":{\"b\":\"x\"}}")).containsExactly("mapping.object-conflict");
            assertThat(DYNAMIC.errorRules("{\"a\":1,\"a.b\":2}")).containsExactly("mapping.object-conflict");
            // dates of two different detected formats do not merge either
            assertThat(DYNAMIC.errorRules("{\"d\":[\"2020-01-01\",\"2020/01/01 10:00:00\"]}"))
                    .containsExactly("mapping.object-conflict");
        }

        @Test
        void equalNewFieldsMerge() {
            assertThat(DYNAMIC.accepts("{\"x\":[1,2],\"y\":[null,1],\"z\":[[1],[2]]}")).isTrue();
            assertThat(DYNAMIC.accepts("{\"a.b\":1,\"a\":{\"b\":2,\"c\":3}}")).isTrue();
            assertThat(DYNAMIC.accepts("{\"d\":[\"2020-01-01\",\"2020-01\"]}")).isTrue();
        }

        @Test
        void newFieldsAreReportedOncePerDocument() {
            assertThat(DYNAMIC.rules("{\"x\":[1,2,3]}")).containsExactly("mapping.unmapped-field");
            assertThat(DYNAMIC.findings("{\"x\":\"2020-01-01\"}").get(0).message()).contains("as [date]");
            assertThat(DYNAMIC.findings("{\"x\":\"2020\"}").get(0).message()).contains("as [text]");
        }

        @Test
        void jsonNumbersBeyondLongAndInfinitiesFailTheirDynamicType() {
            assertThat(DYNAMIC.errorRules("{\"x\":9223372036854775808}")).containsExactly("mapping.out-of-range");
            assertThat(DYNAMIC.errorRules("{\"x\":1e400}")).containsExactly("mapping.out-of-range");
        }

        @Test
        void numericDetectionMapsNumericStrings() {
            Checks numeric = Checks.of("{\"mappings\":{\"numeric_detection\":true,\"date_detection\":false}}");
            assertThat(numeric.findings("{\"x\":\" 12\"}").get(0).message()).contains("as [float]");
            assertThat(numeric.errorRules("{\"x\":[\"12\",\"1.5\"]}")).containsExactly("mapping.object-conflict");
            assertThat(numeric.errorRules("{\"x\":\"NaN\"}")).containsExactly("mapping.out-of-range");
        }

        @Test
        void strictRejectsNewFieldsButOnlyTheObjectsOwnSettingCountsForNulls() {
            Checks strict = Checks.of("{\"mappings\":{\"dynamic\":\"strict\",\"properties\":{"
                    + "\"o\":{\"properties\":{\"k\":{\"type\":\"keyword\"}}},\"t\":{\"type\":\"object\",\"dynamic\":true}}}}");
            assertThat(strict.errorRules("{\"x\":1}")).containsExactly("mapping.strict-dynamic");
            assertThat(strict.errorRules("{\"x\":[]}")).containsExactly("mapping.strict-dynamic");
            assertThat(strict.errorRules("{\"x\":null}")).containsExactly("mapping.strict-dynamic");
            assertThat(strict.errorRules("{\"o\":{\"x\":1}}")).containsExactly("mapping.strict-dynamic");
            assertThat(strict.errorRules("{\"o.x\":1}")).containsExactly("mapping.strict-dynamic");
            // o inherits strict, but a null is judged by o's own (unset) dynamic setting
            assertThat(strict.accepts("{\"o\":{\"x\":null}}")).isTrue();
            assertThat(strict.accepts("{\"t\":{\"x\":{\"y\":1}},\"t.z\":1}")).isTrue();
        }

        @Test
        void dynamicFalseKeepsNewFieldsOutOfTheIndex() {
            Checks off = Checks.of("{\"mappings\":{\"dynamic\":false,\"properties\":{\"k\":{\"type\":\"keyword\"}}}}");
            assertThat(off.rules("{\"x\":{\"y\":[1,\"a\",{\"z\":1}]}}")).containsExactly("mapping.dynamic-dropped");
            assertThat(off.accepts("{\"x.y\":1,\"x\":[1,\"a\"]}")).isTrue();
            assertThat(off.errorRules("{\"k\":{\"a\":1}}")).containsExactly("mapping.type-mismatch");
        }

        @Test
        void dynamicTemplatesDecideTheTypeOfNewFields() {
            Checks templates = Checks.of("{\"mappings\":{\"dynamic_templates\":["
                    + "{\"attrs\":{\"path_match\":\"attributes.*\",\"mapping\":{\"type\":\"keyword\"}}},"
                    + "{\"geo\":{\"match\":\"location\",\"mapping\":{\"type\":\"geo_point\"}}},"
                    + "{\"longs\":{\"match_mapping_type\":\"string\",\"match_pattern\":\"regex\",\"match\":\"^n_\\\\d+$\","
                    + "\"mapping\":{\"type\":\"long\"}}}]}}");
            assertThat(templates.accepts("{\"attributes\":{\"a\":1,\"b\":[\"x\",true]}}")).isTrue();
            // fields a template maps are anticipated: no unmapped-field warning, unlike OpenSearch's own guesses
            assertThat(templates.rules("{\"attributes\":{\"a\":1},\"other\":1}")).containsExactly("mapping.unmapped-field");
            // a template without match_mapping_type also applies to objects, which a keyword refuses
            assertThat(templates.errorRules("{\"attributes\":{\"a\":{\"b\":1}}}")).containsExactly("mapping.type-mismatch");
            assertThat(templates.accepts("{\"location\":{\"lat\":1,\"lon\":2}}")).isTrue();
            assertThat(templates.accepts("{\"location\":[[2,1],[3,4]]}")).isTrue();
            assertThat(templates.errorRules("{\"n_12\":\"x\"}")).containsExactly("mapping.type-mismatch");
            assertThat(templates.accepts("{\"n_x\":\"x\"}")).isTrue();
        }

        @Test
        void strictAllowTemplatesOnlyAcceptsFieldsATemplateMaps() {
            Checks checks = Checks.of("{\"mappings\":{\"dynamic\":\"strict_allow_templates\",\"dynamic_templates\":["
                    + "{\"s\":{\"match\":\"s_*\",\"mapping\":{\"type\":\"keyword\"}}}]}}");
            assertThat(checks.accepts("{\"s_a\":\"x\"}")).isTrue();
            assertThat(checks.errorRules("{\"x\":\"x\"}")).containsExactly("mapping.strict-dynamic");
            assertThat(checks.errorRules("{\"o\":{\"s_a\":1}}")).containsExactly("mapping.strict-dynamic");
        }

        @Test
        void newFieldsCountAgainstTheTotalFieldsLimit() {
            Checks limited = Checks.of("{\"settings\":{\"index.mapping.total_fields.limit\":5},\"mappings\":{"
                    + "\"properties\":{\"k\":{\"type\":\"keyword\"},\"t\":{\"type\":\"text\",\"fields\":{\"kw\":{\"type\":\"keyword\"}}}}}}");
            assertThat(limited.accepts("{\"a\":1,\"b\":1}")).isTrue();
            assertThat(limited.errorRules("{\"a\":1,\"b\":1,\"c\":1}")).containsExactly("mapping.limit");
            // a new string adds text and its keyword sub-field; an empty object adds an object
            assertThat(limited.errorRules("{\"s\":\"x\",\"z\":1}")).containsExactly("mapping.limit");
            assertThat(limited.errorRules("{\"e\":{},\"f\":{},\"g\":{}}")).containsExactly("mapping.limit");
        }

        @Test
        void dottedNamesCreateObjectsWithinTheMappingDepthLimit() {
            Checks shallow = Checks.of("{\"settings\":{\"index.mapping.depth.limit\":3}}");
            assertThat(shallow.accepts("{\"a.b.c\":1}")).isTrue();
            assertThat(shallow.errorRules("{\"a.b.c.d\":1}")).containsExactly("mapping.limit");
            assertThat(shallow.errorRules("{\"a\":{\"b\":{\"c\":{}}}}")).containsExactly("mapping.limit");
        }
    }

    @Nested
    class DocumentLimits {

        @Test
        void objectsAndArraysMayNotNestDeeperThanTheDepthLimit() {
            Checks checks = Checks.of("{\"settings\":{\"index.mapping.depth.limit\":5}}");
            assertThat(checks.accepts("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}")).isTrue();
            assertThat(checks.accepts("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}")).isTrue();
            assertThat(checks.errorRules("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":1}}}}}}")).contains("mapping.limit");
            assertThat(checks.accepts("{\"x\":[[[[[1]]]]]}")).isTrue();
            assertThat(checks.errorRules("{\"x\":[[[[[[1]]]]]]}")).containsExactly("mapping.limit");
        }

        @Test
        void nestedDocumentsAreLimitedPerDocument() {
            Checks checks = Checks.of("{\"settings\":{\"index.mapping.nested_objects.limit\":2},"
                    + "\"mappings\":{\"properties\":{\"n\":{\"type\":\"nested\"}}}}");
            assertThat(checks.accepts("{\"n\":[{\"a\":1},{\"a\":2}]}")).isTrue();
            assertThat(checks.errorRules("{\"n\":[{\"a\":1},{\"a\":2},{\"a\":3}]}")).containsExactly("mapping.limit");
        }

        @Test
        void duplicateKeysAreRejectedEvenWhereNothingIsMapped() {
            Checks checks = Checks.properties("{\"d\":{\"type\":\"object\",\"enabled\":false}}");
            assertThat(checks.errorRules("{\"a\":1,\"a\":2}")).containsExactly("mapping.duplicate-key");
            assertThat(checks.errorRules("{\"d\":{\"x\":{\"y\":1,\"y\":1}}}")).containsExactly("mapping.duplicate-key");
            assertThat(checks.accepts("{\"a\":{\"b\":1},\"a.b\":2}")).isTrue();
        }

        @Test
        void everyRepeatOfAKeyAmongManyIsReportedOnceAtTheRepeat() {
            // 40 distinct keys (more than the duplicate filter has bits to tell apart) plus two repeats
            StringBuilder doc = new StringBuilder("{");
            for (int i = 0; i < 40; i++) {
                doc.append("\"k").append(i).append("\":1,");
            }
            doc.append("\"k7\":2,\"k39\":3,\"k7\":4}");
            List<Finding> errors = DYNAMIC.errors(doc.toString());
            assertThat(errors).extracting(Finding::path).containsExactly("k7", "k39", "k7");
            int repeatsFrom = doc.indexOf("\"k7\":2") + 1;
            assertThat(errors).extracting(Finding::column)
                    .containsExactly(repeatsFrom, repeatsFrom + 7, repeatsFrom + 15);
        }
    }

    @Nested
    class FieldValues {

        private final Checks checks = Checks.properties("{\"code\":{\"type\":\"integer\"},"
                + "\"lenient\":{\"type\":\"long\",\"ignore_malformed\":true},"
                + "\"k\":{\"type\":\"keyword\",\"ignore_above\":3,\"fields\":{\"n\":{\"type\":\"integer\"}}},"
                + "\"s\":{\"type\":\"keyword\",\"copy_to\":\"total\"},\"total\":{\"type\":\"long\"},"
                + "\"when\":{\"type\":\"date\",\"format\":\"yyyy-MM-dd\"},\"nano\":{\"type\":\"date_nanos\"}}");

        @Test
        void numericStringsAreCoercedWithAWarning() {
            List<Finding> findings = checks.findings("{\"code\":\"200\"}");
            assertThat(findings).extracting(Finding::rule).containsExactly("mapping.coerced");
            assertThat(findings.get(0).path()).isEqualTo("code");
            assertThat(findings.get(0).expected()).isEqualTo("integer");
        }

        @Test
        void ignoreMalformedTurnsAnErrorIntoAWarningButNotForObjects() {
            assertThat(checks.rules("{\"lenient\":\"abc\"}")).containsExactly("mapping.ignored-malformed");
            assertThat(checks.errorRules("{\"lenient\":{\"a\":1}}")).containsExactly("mapping.type-mismatch");
        }

        @Test
        void theIndexSettingIgnoresEveryFieldParseFailure() {
            Checks lenient = Checks.of("{\"settings\":{\"index.mapping.ignore_malformed\":true},\"mappings\":{"
                    + "\"properties\":{\"i\":{\"type\":\"integer\",\"ignore_malformed\":false},\"b\":{\"type\":\"boolean\"},"
                    + "\"o\":{\"type\":\"object\"}}}}");
            assertThat(lenient.accepts("{\"i\":{\"x\":1},\"b\":\"yes\"}")).isTrue();
            // the object mapper is not a field mapper: still rejected
            assertThat(lenient.errorRules("{\"o\":1}")).containsExactly("mapping.type-mismatch");
        }

        @Test
        void everyMultiFieldMustTakeTheValue() {
            assertThat(checks.errorRules("{\"k\":\"abc\"}")).containsExactly("mapping.type-mismatch");
            // too long for the keyword, still a number for its integer sub-field
            assertThat(checks.rules("{\"k\":\"1234\"}")).containsExactly("mapping.ignore-above", "mapping.coerced");
        }

        @Test
        void copyToChecksTheValueAgainstTheTarget() {
            assertThat(checks.accepts("{\"s\":\"12\"}")).isTrue();
            assertThat(checks.errorRules("{\"s\":\"x\"}")).containsExactly("mapping.type-mismatch");
        }

        @Test
        void aCopyToTargetMayNotBecomeAnObject() {
            Checks copies = Checks.properties("{\"o\":{\"properties\":{\"s\":{\"type\":\"keyword\",\"copy_to\":\"x.y.z\"}}},"
                    + "\"p\":{\"type\":\"keyword\",\"copy_to\":\"x.y\"}}");
            // copying to x.y.z creates object x.y, which p copies its values to: the mapping update fails
            assertThat(copies.errorRules("{\"o\":{\"s\":\"v\"}}")).containsExactly("mapping.object-conflict");
            // and a new field x would put p's target x.y below a field, as a multi-field
            assertThat(copies.errorRules("{\"x\":1.5}")).containsExactly("mapping.object-conflict");
        }

        @Test
        void datesFollowTheFieldFormatAndResolution() {
            assertThat(checks.errorRules("{\"when\":\"2021-02-29\"}")).containsExactly("mapping.malformed-date");
            assertThat(checks.errorRules("{\"when\":1234}")).containsExactly("mapping.malformed-date");
            assertThat(checks.accepts("{\"nano\":\"1970-01-01T00:00:00Z\"}")).isTrue();
            assertThat(checks.errorRules("{\"nano\":\"1969-12-31T23:59:59Z\"}")).containsExactly("mapping.out-of-range");
            assertThat(checks.errorRules("{\"nano\":\"2262-04-12\"}")).containsExactly("mapping.out-of-range");
        }

        @Test
        void findingsPointAtTheValue() {
            List<Finding> errors = checks.errors("{\n  \"code\": [1,\n    \"x\"]\n}");
            assertThat(errors).hasSize(1);
            Finding error = errors.get(0);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isEqualTo(5);
            assertThat(error.record()).isEqualTo(1);
            assertThat(error.actual()).isEqualTo("\"x\"");
            assertThat(error.message()).contains("not a number");
        }

        @Test
        void longValuesAreTruncatedInFindings() {
            Finding error = checks.errors("{\"code\":\"" + "x".repeat(200) + "\"}").get(0);
            assertThat(error.actual()).hasSize(80).endsWith("...");
            Finding object = checks.errors("{\"code\":{\"a\":[" + "1,".repeat(500) + "1]}}").get(0);
            assertThat(object.actual()).hasSize(80).startsWith("{\"a\":[1,1,").endsWith("...");
            assertThat(checks.errors("{\"code\":{\"a\":[1]}}").get(0).actual()).isEqualTo("{\"a\":[1]}");
        }
    }

    @Test
    void aDataStreamDocumentNeedsExactlyOneTimestamp() {
        Checks stream = Checks.of("{\"index_patterns\":[\"x\"],\"data_stream\":{},\"template\":{\"mappings\":{}}}");
        assertThat(stream.accepts("{\"@timestamp\":\"2020-01-01\"}")).isTrue();
        assertThat(stream.accepts("{\"@timestamp\":1234}")).isTrue();
        assertThat(stream.errorRules("{\"k\":\"x\"}")).containsExactly("mapping.data-stream-timestamp");
        assertThat(stream.errorRules("{\"@timestamp\":null}")).containsExactly("mapping.data-stream-timestamp");
        assertThat(stream.errorRules("{\"@timestamp\":[\"2020-01-01\",\"2020-01-02\"]}"))
                .containsExactly("mapping.data-stream-timestamp");
    }
}
