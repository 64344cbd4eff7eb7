/**
 * Date formats as OpenSearch reads them: its built-in format names, epoch formats, rfc3339_lenient
 * and java.time patterns with the locale data an OpenSearch node uses.
 */
package dev.otelint.validate.dates;
