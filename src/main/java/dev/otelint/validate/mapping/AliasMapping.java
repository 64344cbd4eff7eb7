package dev.otelint.validate.mapping;

/** A field alias: documents may not write to it (DocumentParser: "Cannot write to a field alias"). */
public record AliasMapping(String name, String path, String target, Source source) implements Mapper {

    @Override
    public String typeName() {
        return "alias";
    }
}
