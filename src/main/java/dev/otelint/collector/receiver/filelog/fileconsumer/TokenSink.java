package dev.otelint.collector.receiver.filelog.fileconsumer;

/** Takes the entries read from a file; {@link #flush} delivers them before the file's offset moves on. */
public interface TokenSink {
    void token(TrackedFile file, String text);

    /** Delivers what was taken; false when it could not (the receiver is stopping): the offset then stays. */
    boolean flush();
}
