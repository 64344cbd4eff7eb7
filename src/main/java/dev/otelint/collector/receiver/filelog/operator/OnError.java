package dev.otelint.collector.receiver.filelog.operator;

/** stanza's on_error: what happens to an entry an operator failed on. */
public enum OnError {
    /** log the error, pass the entry on as it is (the default) */
    SEND,
    /** pass it on without logging */
    SEND_QUIET,
    /** log the error, drop the entry */
    DROP,
    /** drop it without logging */
    DROP_QUIET;

    boolean sends() {
        return this == SEND || this == SEND_QUIET;
    }

    boolean logs() {
        return this == SEND || this == DROP;
    }
}
