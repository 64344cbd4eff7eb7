package dev.otelint.assets.rules;

import dev.otelint.validate.MappingLoader;
import dev.otelint.validate.mapping.IndexMapping;
import java.util.List;
import java.util.function.Supplier;

/**
 * A mapping a dashboard's index pattern can resolve to: where it comes from (a schemas/ folder or the
 * catalog's template), the index_patterns of its index template, and the merged mapping with the field
 * parameters that matter to queries, loaded on first use.
 */
public final class Schema {

    private final String name;
    private final List<String> indexPatterns;
    private final Supplier<List<MappingLoader.SchemaText>> texts;
    private IndexMapping mapping;
    private FieldParameters parameters;

    /** A schema of template texts, resolved like the files of a schemas/ directory, read on first use. */
    public Schema(String name, List<String> indexPatterns, Supplier<List<MappingLoader.SchemaText>> texts) {
        this.name = name;
        this.indexPatterns = List.copyOf(indexPatterns);
        this.texts = texts;
    }

    /** A schema of template texts given now. */
    public static Schema of(String name, List<String> indexPatterns, List<MappingLoader.SchemaText> texts) {
        return new Schema(name, indexPatterns, () -> texts);
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
        load();
        return mapping;
    }

    synchronized FieldParameters parameters() {
        load();
        return parameters;
    }

    private void load() {
        if (mapping == null) {
            List<MappingLoader.SchemaText> loaded = texts.get();
            mapping = MappingLoader.fromTexts(loaded);
            parameters = FieldParameters.read(loaded);
        }
    }
}
