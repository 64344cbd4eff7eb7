package dev.otelint.validate;

/**
 * Thrown by a screen ({@link CleanDocumentScreen}) that cannot vouch for a document: the document is
 * then checked in full. Carries nothing and is thrown often, so it is one instance without a stack trace.
 */
final class NotClean extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final NotClean INSTANCE = new NotClean();

    private NotClean() {
        super("the document needs the full checks", null, false, false);
    }
}
