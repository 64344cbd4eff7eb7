package dev.otelint.validate;

/**
 * Where attribute keys of a document start, e.g. "attributes" or "events[2].attributes" ("" for the top
 * level). {@code stringified}: values may be the string rendering of any type, as the OpenSearch exporter
 * writes the resource map. {@code documentTop}: the Simple Schema's own top-level fields live here too.
 */
record SemconvAttributeRoot(String path, boolean stringified, boolean documentTop) {

    static final SemconvAttributeRoot TOP = new SemconvAttributeRoot("", false, true);
    static final SemconvAttributeRoot ATTRIBUTES = new SemconvAttributeRoot("attributes", false, false);
    // opensearchexporter (ss4o): resource attributes are written as a map of strings (attributesToMapString).
    static final SemconvAttributeRoot RESOURCE = new SemconvAttributeRoot("resource", true, false);
    static final SemconvAttributeRoot RESOURCE_ATTRIBUTES = new SemconvAttributeRoot("resource.attributes", false, false);
    static final SemconvAttributeRoot SCOPE_ATTRIBUTES =
            new SemconvAttributeRoot("instrumentationScope.attributes", false, false);

    static SemconvAttributeRoot element(String array, int index) {
        return new SemconvAttributeRoot(array + "[" + index + "].attributes", false, false);
    }

    /** The key's path as the document spells it, e.g. "attributes.http.url". */
    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
