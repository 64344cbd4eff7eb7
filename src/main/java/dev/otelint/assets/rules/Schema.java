package dev.otelint.assets.rules;

import dev.otelint.validate.mapping.IndexMapping;
import java.util.List;
import java.util.function.Supplier;

/**
 * A mapping a dashboard's index pattern can resolve to: where it comes from (a schemas/ folder or the
 * catalog's template), the index_patterns of its index template, and the merged mapping, loaded on first use.
 */
public final class Schema {

    private final String name;
    private final List<String> indexPatterns;
    private final Supplier<IndexMapping> loader;
    private IndexMapping mapping;

    public Schema(String name, List<String> indexPatterns, Supplier<IndexMapping> loader) {
        this.name = name;
        this.indexPatterns = List.copyOf(indexPatterns);
        this.loader = loader;
    }

    /** A schema whose mapping is already loaded. */
    public static Schema of(String name, List<String> indexPatterns, IndexMapping mapping) {
        return new Schema(name, indexPatterns, () -> mapping);
    }

    /** Where the schema comes from, for messages, e.g. "catalog logs template". */
    public String name() {
        return name;
    }

    public List<String> indexPatterns() {
        return indexPatterns;
    }

    /** True when some index could match both {@code dashboardPattern} and one of this schema's patterns. */
    public boolean covers(String dashboardPattern) {
        for (String own : indexPatterns) {
            if (IndexPatterns.overlap(dashboardPattern, own)) {
                return true;
            }
        }
        return false;
    }

    public synchronized IndexMapping mapping() {
        if (mapping == null) {
            mapping = loader.get();
        }
        return mapping;
    }
}
