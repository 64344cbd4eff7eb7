/**
 * What each field type does with one JSON value, after OpenSearch 2.18's field mappers: indexed,
 * coerced, skipped (ignore_above), malformed (which ignore_malformed may drop) or rejected.
 */
package dev.otelint.validate.values;
