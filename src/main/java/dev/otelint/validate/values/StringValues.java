package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;

/**
 * String-like types (keyword, text, match_only_text, wildcard, search_as_you_type, token_count...):
 * any scalar is indexed as its text (numbers and booleans included), objects are rejected ("Can't
 * get text on a START_OBJECT"). Keyword-like fields skip values longer than ignore_above, and a
 * keyword term longer than Lucene's 32766 UTF-8 bytes makes the whole document fail.
 */
public final class StringValues implements FieldType {

    /** Lucene IndexWriter.MAX_TERM_LENGTH: longer single terms ("immense term") reject the document. */
    static final int MAX_TERM_BYTES = 32766;

    private final String typeName;
    private final int ignoreAbove;
    private final boolean singleTerm;

    /**
     * @param ignoreAbove  values longer than this many chars are not indexed (Integer.MAX_VALUE: no limit)
     * @param singleTerm   true when the whole value becomes one Lucene term (an indexed or doc-valued keyword)
     */
    public StringValues(String typeName, int ignoreAbove, boolean singleTerm) {
        this.typeName = typeName;
        this.ignoreAbove = ignoreAbove;
        this.singleTerm = singleTerm;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Outcome check(JsonValue value) {
        if (value.isObject()) {
            return Outcome.REJECTED;
        }
        if (value.isNull()) {
            return Outcome.OK;
        }
        String text = value.text();
        Outcome byLength = checkStringLength(text.length());
        if (byLength != null) {
            return byLength;
        }
        return utf8Length(text) > MAX_TERM_BYTES ? Outcome.TERM_TOO_LONG : Outcome.OK;
    }

    @Override
    public Outcome checkStringLength(int length) {
        if (length > ignoreAbove) {
            return Outcome.IGNORED_ABOVE;
        }
        // a UTF-8 char takes at most 3 bytes per UTF-16 unit, so short strings need no counting
        return length > longestUncounted() ? null : Outcome.OK;
    }

    @Override
    public int longestStringTaken() {
        return Math.min(ignoreAbove, longestUncounted());
    }

    private int longestUncounted() {
        return singleTerm ? MAX_TERM_BYTES / 3 : Integer.MAX_VALUE;
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        if (outcome == Outcome.IGNORED_ABOVE) {
            return "the value has " + value.text().length() + " characters, more than ignore_above "
                    + ignoreAbove + "; it is kept in _source but not indexed";
        }
        if (value.isObject()) {
            return "an object cannot be indexed into the " + typeName + " field";
        }
        return "the value is " + utf8Length(value.text()) + " UTF-8 bytes, longer than the " + MAX_TERM_BYTES
                + " bytes Lucene allows for one term; set ignore_above to skip such values";
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
