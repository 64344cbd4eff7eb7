package dev.otelint.validate;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Signal;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** The catalog's Simple Schema index template of a signal, with the components beside it. */
public final class CatalogMappings {

    private CatalogMappings() {}

    static IndexMapping load(MappingCatalog catalog, Signal signal) {
        MappingCatalog.Entry template = catalog.indexTemplate(signal).orElseThrow(
                () -> new BadInputException("the catalog has no " + signal.label() + " template; use --schema"));
        return MappingLoader.fromTexts(templateTexts(catalog, template));
    }

    /** One of the catalog's index templates and the components of its signal, for {@link MappingLoader#fromTexts}. */
    public static List<MappingLoader.SchemaText> templateTexts(MappingCatalog catalog, MappingCatalog.Entry template) {
        List<MappingLoader.SchemaText> texts = new ArrayList<>();
        for (MappingCatalog.Entry e : catalog.entries()) {
            boolean component = e.signal() == template.signal() && e.kind() == MappingCatalog.Kind.COMPONENT;
            if (e.equals(template) || component) {
                texts.add(new MappingLoader.SchemaText(e.resource(), catalog.read(e)));
            }
        }
        return texts;
    }
}
