package dev.otelint.collector.service;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.config.ConfigSource;

/** A component named in the service section, and where. */
public record ComponentRef(ComponentId id, ConfigSource source) {}
