package dev.otelint.integration.scaffold;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.MappingCatalog.Entry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schemas/ of a new integration, from otelint's mapping catalog: the type's index template, its
 * {@code composed_of} narrowed to the chosen components (OpenSearch refuses an index template that
 * names a component template it does not have), and those components as they are in the catalog.
 */
final class SchemaFiles {

    private SchemaFiles() {}

    /** Target path to content, for each schema file. */
    static Map<String, String> of(MappingCatalog catalog, ComponentSelection selection, Placeholders values,
            String targetPattern, String where) {
        Map<String, String> files = new LinkedHashMap<>();
        Entry index = selection.indexTemplate();
        files.put(target(index, values, targetPattern, where), indexTemplate(catalog, selection));
        for (Entry component : selection.components()) {
            files.put(target(component, values, targetPattern, where), catalog.read(component));
        }
        return files;
    }

    private static String indexTemplate(MappingCatalog catalog, ComponentSelection selection) {
        Entry index = selection.indexTemplate();
        ObjectNode template = (ObjectNode) ScaffoldJson.parse(catalog.read(index), index.resource(), 1);
        ArrayNode composedOf = ScaffoldJson.MAPPER.createArrayNode();
        selection.names().forEach(composedOf::add);
        template.set("composed_of", composedOf);
        return ScaffoldJson.pretty(template);
    }

    private static String target(Entry entry, Placeholders values, String targetPattern, String where) {
        return values.with("component", entry.name()).with("componentVersion", entry.version()).text(targetPattern, where);
    }
}
