package dev.otelint.validate.mapping;

/**
 * A mapper OpenSearch would add for a new field, with a signature that is equal for two mappers
 * exactly when they merge without conflict ("long", "date:yyyy-MM-dd", "object", ...).
 */
public record DynamicMapping(Mapper mapper, String signature) {}
