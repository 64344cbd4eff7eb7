package dev.otelint.opensearch;

import java.util.List;

/** One differential case: the template files as written in its schemas/ dir and its records (raw JSON lines). */
record CorpusCase(String name, SchemaSet schemas, List<String> records) {}
