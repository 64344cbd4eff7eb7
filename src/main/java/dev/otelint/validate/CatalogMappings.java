package dev.otelint.validate;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Signal;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** The catalog's Simple Schema index template of a signal, with the components beside it. */
final class CatalogMappings {

    private CatalogMappings() {}

    static IndexMapping load(MappingCatalog catalog, Signal signal) {
        MappingCatalog.Entry template = catalog.indexTemplate(signal).orElseThrow(
                () -> new BadInputException("the catalog has no " + signal.label() + " template; use --schema"));
        List<MappingLoader.SchemaText> texts = new ArrayList<>();
        for (MappingCatalog.Entry e : catalog.entries()) {
            if (e.equals(template) || (e.signal() == signal && e.kind() == MappingCatalog.Kind.COMPONENT)) {
                texts.add(new MappingLoader.SchemaText(e.resource(), catalog.read(e)));
            }
        }
        return MappingLoader.fromTexts(texts);
    }
}
