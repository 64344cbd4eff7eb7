package dev.otelint.validate;

import dev.otelint.records.Signal;
import java.nio.file.Path;
import java.util.List;

/**
 * What `otelint validate` was asked to do. {@code semconv} is null when the semantic-convention
 * rules are off; {@code schema}, {@code integration} and {@code signal} may be null.
 */
public record ValidationRequest(List<Path> inputs, Path schema, Path integration, Signal signal,
                                String semconv, boolean checkMapping) {}
