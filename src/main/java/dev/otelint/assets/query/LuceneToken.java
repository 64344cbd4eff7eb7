package dev.otelint.assets.query;

/** One Lucene query token and its raw text span. */
record LuceneToken(LuceneTokenKind kind, int offset, String image) {

    int end() {
        return offset + image.length();
    }
}
