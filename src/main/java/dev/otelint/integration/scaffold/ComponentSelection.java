package dev.otelint.integration.scaffold;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.MappingCatalog.Entry;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The catalog mappings a new integration is made of: its type's index template and the chosen components. */
public record ComponentSelection(Entry indexTemplate, List<Entry> components) {

    /** Written instead of a list to choose no components beside the type's own. */
    public static final String NONE = "none";

    /**
     * The catalog entries for {@code names} (the type's own name is allowed and implied).
     *
     * @throws BadInputException naming the valid components when one does not exist for the type
     */
    public static ComponentSelection of(MappingCatalog catalog, Signal type, List<String> names) {
        Entry indexTemplate = catalog.indexTemplate(type)
                .orElseThrow(() -> new IllegalStateException("the catalog has no index template for " + type.label()));
        List<Entry> components = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            if (name.equals(indexTemplate.name())) {
                continue;
            }
            Entry entry = catalog.component(name, type).orElseThrow(() -> new BadInputException(
                    "--components: no component '" + name + "' for " + type.label() + "; valid: "
                            + String.join(", ", available(catalog, type))));
            components.add(entry);
        }
        return new ComponentSelection(indexTemplate, List.copyOf(components));
    }

    /** The names --components accepts for a type, in catalog order. */
    public static List<String> available(MappingCatalog catalog, Signal type) {
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : catalog.entries()) {
            if (e.signal() == type && e.kind() == MappingCatalog.Kind.COMPONENT) {
                names.add(e.name());
            }
        }
        return List.copyOf(names);
    }

    /** "http,url" as typed on the command line or at the prompt: trimmed, blanks ignored, "none" for none. */
    public static List<String> parseList(String text) {
        List<String> names = new ArrayList<>();
        if (text.strip().equals(NONE)) {
            return names;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /** The names of the chosen components, without the type's own. */
    public List<String> names() {
        return components.stream().map(Entry::name).toList();
    }
}
