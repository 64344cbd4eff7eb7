package dev.otelint.integration.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TemplateIdTest {
    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void uuid5MatchesPublishedVectors() {
        // RFC 9562 appendix A.4
        assertThat(TemplateId.uuid5(DNS, "www.example.com")).hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
        // Python's uuid documentation: uuid5(NAMESPACE_DNS, 'python.org')
        assertThat(TemplateId.uuid5(DNS, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        assertThat(TemplateId.uuid5(DNS, "python.org").version()).isEqualTo(5);
        assertThat(TemplateId.uuid5(DNS, "python.org").variant()).isEqualTo(2);
    }

    @Test
    void theIdIsTheCatalogBundlersIdOfNameTypeAndVersion() {
        // computed with the opensearch-catalog bundler's namespace and name for its nginx integration
        assertThat(TemplateId.of("nginx", "logs", "1.0.0")).hasToString("2a6f5a70-f3b7-5755-a764-42e0144f9dbd");
        assertThat(TemplateId.of("nginx", "logs", "1.0.1")).isNotEqualTo(TemplateId.of("nginx", "logs", "1.0.0"));
        assertThat(TemplateId.of("nginx", "logs", "1.0.0")).isEqualTo(TemplateId.of("nginx", "logs", "1.0.0"));
    }

    @Test
    void theHashedNameIsMinifiedAsciiJsonAsPythonWritesIt() {
        assertThat(TemplateId.name("caf\u00e9", "lo\"gs", "1\n0")).isEqualTo("[\"caf\\u00e9\",\"lo\\\"gs\",\"1\\n0\"]");
        // Python: uuid5(ns, json.dumps(['caf\u00e9', 'logs', '1.0.0'], separators=(',', ':')))
        assertThat(TemplateId.of("caf\u00e9", "logs", "1.0.0")).hasToString("ef3b25b7-dd84-59c8-b330-054c557b8797");
    }
}
