/**
 * The mapping an index gets from OpenSearch templates: reading template files
 * ({@link dev.otelint.validate.mapping.TemplateFile}, {@link dev.otelint.validate.mapping.SchemaJson}),
 * merging them in OpenSearch's order ({@link dev.otelint.validate.mapping.IndexMappingBuilder}) and
 * the resulting model ({@link dev.otelint.validate.mapping.IndexMapping} with object, field and alias
 * mappings, dynamic templates and the index settings that limit mapping).
 */
package dev.otelint.validate.mapping;
