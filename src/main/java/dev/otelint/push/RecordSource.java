package dev.otelint.push;

/** Where push's records come from: files, generated load. Read again for each --times pass. */
interface RecordSource {

    /** Hands every request of one pass to {@code feed}, streaming. */
    void feed(Feed feed) throws InterruptedException;

    /** What the source is, for --dry-run and messages: "2 files", "generated traces". */
    String describe();
}
