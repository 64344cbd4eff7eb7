package dev.otelint.assets.query;

/**
 * A table or index an SQL statement reads (FROM, JOIN, ON), as written: {@code alb_logs},
 * {@code ss4o_logs-nginx-*}, or a template placeholder such as {@code {table_name}}. Offset and length are
 * 0-based in the statement text; for a backticked name the span includes the backticks, {@code name} does not.
 */
public record SqlTable(String name, int offset, int length) {}
