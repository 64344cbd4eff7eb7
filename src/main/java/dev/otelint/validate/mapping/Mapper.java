package dev.otelint.validate.mapping;

/** One node of a mapping: an object, a concrete field, or an alias. */
public sealed interface Mapper permits ObjectMapping, FieldMapping, AliasMapping {

    /** The last path component. */
    String name();

    /** The full dotted path from the root. */
    String path();

    /** Where the mapping defines this node. */
    Source source();

    /** The mapping type name as OpenSearch reports it (object, nested, keyword, alias, ...). */
    String typeName();
}
