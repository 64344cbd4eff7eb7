package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSimpleSchemaFields;
import org.junit.jupiter.api.Test;

class SemconvKeysTest {

    private final SemconvKeys keys = new SemconvKeys(SemconvRegistry.builtin(), SemconvSimpleSchemaFields.builtin());

    @Test
    void aNestedKeyResolvesLikeItsDottedId() {
        SemconvKey nested = keys.child(keys.child(keys.child(keys.root(), "http"), "request"), "method");

        assertThat(nested.id).isEqualTo("http.request.method");
        assertThat(nested.attribute).isNotNull();
        assertThat(nested.attribute.id()).isEqualTo("http.request.method");
        assertThat(keys.of("http.request.method").attribute).isSameAs(nested.attribute);
        assertThat(keys.child(keys.root(), "http").registryNamespace).isTrue();
    }

    @Test
    void keysBeyondTheCacheBoundAreStillResolved() {
        SemconvKey http = keys.child(keys.root(), "http");
        for (int i = 0; i < 30_000; i++) {
            assertThat(keys.child(http, "custom" + i).inRegistryNamespace).isTrue();
        }

        SemconvKey late = keys.child(keys.child(http, "response"), "status_code");
        assertThat(late.id).isEqualTo("http.response.status_code");
        assertThat(late.attribute).isNotNull();
        assertThat(keys.of("http.custom29999").attribute).isNull();
        assertThat(keys.of("http.custom29999").inRegistryNamespace).isTrue();
    }
}
