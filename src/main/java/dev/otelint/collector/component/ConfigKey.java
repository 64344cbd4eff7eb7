package dev.otelint.collector.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a config field to its YAML key (the collector's mapstructure tag). {@code unsigned} marks a Go
 * unsigned integer; {@code supported = false} marks a setting the collector has but otelint does not apply
 * yet, reported when the user sets it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ConfigKey {
    String value();

    boolean unsigned() default false;

    boolean supported() default true;
}
