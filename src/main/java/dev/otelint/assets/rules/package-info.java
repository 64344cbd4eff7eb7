/**
 * Judges the fields dashboards touch: {@link dev.otelint.assets.rules.SchemaResolver} finds the schema an
 * index pattern queries, {@link dev.otelint.assets.rules.AssetFieldCheck} applies
 * {@link dev.otelint.assets.rules.FieldTypeRules} to every {@link dev.otelint.assets.FieldReference}, and
 * {@link dev.otelint.assets.rules.FieldListRenderer} prints them for {@code check-assets --list-fields}.
 */
package dev.otelint.assets.rules;
