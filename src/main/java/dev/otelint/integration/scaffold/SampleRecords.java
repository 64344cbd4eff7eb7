package dev.otelint.integration.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.report.BadInputException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * data/sample.json of a new integration: the type's records, each merged with the fields the chosen
 * components add (a component without a fragment file adds none), so that every field a record has
 * is in the integration's schemas.
 */
final class SampleRecords {

    private SampleRecords() {}

    static String of(TemplateSource template, TemplateManifest.SampleData layout, ComponentSelection selection,
            Placeholders values) {
        String recordsPath = values.text(layout.records(), template.describe(TemplateManifest.FILE));
        ArrayNode records = array(template, recordsPath, values);
        for (String component : selection.names()) {
            if (layout.component() == null) {
                break;
            }
            String path = values.with("component", component).text(layout.component(), template.describe(TemplateManifest.FILE));
            Optional<String> fragments = template.find(path);
            if (fragments.isPresent()) {
                merge(records, array(template, path, values), template.describe(path), records.size());
            }
        }
        return ScaffoldJson.pretty(records);
    }

    private static ArrayNode array(TemplateSource template, String path, Placeholders values) {
        String where = template.describe(path);
        JsonNode node = JsonPlaceholders.fill(ScaffoldJson.parse(template.read(path), where, 1), values, where);
        if (!(node instanceof ArrayNode array)) {
            throw BadInputException.at(where, 1, 1, "expected a JSON array of records");
        }
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new BadInputException(where + ": expected an array of objects, found " + element.getNodeType());
            }
        }
        return array;
    }

    private static void merge(ArrayNode records, ArrayNode fragments, String where, int expected) {
        if (fragments.size() != expected) {
            throw new BadInputException(where + ": expected one fragment per record (" + expected + "), found "
                    + fragments.size());
        }
        for (int i = 0; i < expected; i++) {
            mergeInto((ObjectNode) records.get(i), (ObjectNode) fragments.get(i));
        }
    }

    /** Objects merge key by key; any other value replaces what the record had. */
    static void mergeInto(ObjectNode target, ObjectNode fragment) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fragment.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode more) {
                mergeInto(existingObject, more);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
