package dev.otelint.catalog;

/** A group (or metric) that references an attribute, with the requirement level it gives it. */
public record SemconvReference(String groupId, String groupType, SemconvRequirementLevel level) {}
