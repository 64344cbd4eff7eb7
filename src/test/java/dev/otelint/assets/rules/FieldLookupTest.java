package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.rules.ResolvedField.Status;
import dev.otelint.validate.mapping.IndexMapping;
import org.junit.jupiter.api.Test;

class FieldLookupTest {

    private static final IndexMapping MAPPING = SmallSchema.schema().mapping();

    private static ResolvedField resolve(String name) {
        return FieldLookup.resolve(MAPPING, name);
    }

    @Test
    void mappedFieldsGiveTheirType() {
        assertThat(resolve("bytes")).isEqualTo(new ResolvedField(Status.MAPPED, "long", null, null));
        assertThat(resolve("machine.os").type()).isEqualTo("keyword");
        assertThat(resolve("machine").type()).isEqualTo("object");
        assertThat(resolve("_id").type()).isEqualTo("_id");
        assertThat(resolve("_score").type()).isEqualTo("float"); // listed by Dashboards in every index pattern
    }

    @Test
    void multiFieldsResolveToTheParentsSubField() {
        assertThat(resolve("service.raw")).isEqualTo(new ResolvedField(Status.MAPPED, "keyword", null, null));
        assertThat(resolve("service").keywordSubField()).isEqualTo("service.raw");
    }

    @Test
    void aMissingSubFieldNamesTheConcreteParent() {
        assertThat(resolve("service.keyword")).isEqualTo(new ResolvedField(Status.SUBFIELD_MISSING, null, "service",
                null));
        assertThat(resolve("message.keyword").parent()).isEqualTo("message");
    }

    @Test
    void anAliasResolvesToItsTargetsType() {
        assertThat(resolve("host").type()).isEqualTo("keyword");
    }

    @Test
    void dataPrepperNamesAreLookedUpAsWritten() {
        assertThat(resolve("span.attributes.http@method").type()).isEqualTo("keyword");
        assertThat(resolve("span.attributes.http.method").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void dynamicTemplatesMapFieldsTheSchemaDoesNotList() {
        assertThat(resolve("labels.team")).isEqualTo(new ResolvedField(Status.DYNAMIC, "keyword", null, null));
    }

    @Test
    void subFieldsOfDynamicallyMappedFieldsComeFromTheTemplatesFields() {
        assertThat(resolve("notes.a")).isEqualTo(new ResolvedField(Status.DYNAMIC, "text", null, "notes.a.keyword"));
        assertThat(resolve("notes.a.keyword")).isEqualTo(new ResolvedField(Status.DYNAMIC, "keyword", null, null));
        assertThat(resolve("notes.a.raw")).isEqualTo(new ResolvedField(Status.SUBFIELD_MISSING, null, "notes.a",
                null));
        assertThat(resolve("labels.team.keyword").parent()).isEqualTo("labels.team");
    }

    @Test
    void fieldsBelowADisabledObjectAreUnparsed() {
        assertThat(resolve("payload.user.id")).isEqualTo(new ResolvedField(Status.UNPARSED, null, "payload", null));
    }

    @Test
    void unknownFieldsAreMissingAlsoBelowStrictObjects() {
        assertThat(resolve("nope").status()).isEqualTo(Status.MISSING);
        assertThat(resolve("locked.b").status()).isEqualTo(Status.MISSING);
        assertThat(resolve("machine.arch").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void wildcardNamesMatchAnyMappedField() {
        assertThat(resolve("machine.os*").status()).isEqualTo(Status.WILDCARD);
        assertThat(resolve("*.raw").status()).isEqualTo(Status.WILDCARD);
        assertThat(resolve("nothing*").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void labelsNameTypeOrStatus() {
        assertThat(resolve("bytes").label()).isEqualTo("long");
        assertThat(resolve("service.keyword").label()).isEqualTo("subfield-missing");
    }
}
