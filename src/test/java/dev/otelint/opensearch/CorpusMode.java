package dev.otelint.opensearch;

/** How the index is created from a case's templates. */
enum CorpusMode {
    /** The templates as written: OpenSearch's default dynamic mapping unless they say otherwise. */
    DYNAMIC("dynamic"),
    /** The index template's root mappings forced to "dynamic": "strict". */
    STRICT("strict");

    private final String label;

    CorpusMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    SchemaSet apply(SchemaSet schemas) {
        return this == DYNAMIC ? schemas : schemas.withRootDynamic("strict");
    }
}
