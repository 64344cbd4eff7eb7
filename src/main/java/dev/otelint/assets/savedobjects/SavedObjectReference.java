package dev.otelint.assets.savedobjects;

/** One entry of a saved object's {@code references[]}: the name the attributes use, and the target. */
public record SavedObjectReference(String name, String type, String id) {}
