package dev.otelint.assets.query;

/**
 * A DQL literal as read: its unescaped, trimmed value and where it stands in the query text (for a
 * quoted literal the span includes both quotes). {@code bareWildcard} is true for an unquoted,
 * unescaped {@code *} alone, which DQL reads as "any value" (an exists test) or "any field".
 */
record KqlLiteral(String value, int offset, int length, boolean bareWildcard) {
}
