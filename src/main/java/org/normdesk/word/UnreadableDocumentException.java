package org.normdesk.word;

import org.normdesk.domain.extract.ImportFailure;
import org.normdesk.domain.extract.ReadProblem;

/**
 * A file that cannot be read, with the reason as a message key so that the user sees a sentence,
 * not a stack trace. The cause is kept for the log.
 */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ImportFailure failure;

    public UnreadableDocumentException(String file, ReadProblem problem, String detail, Throwable cause) {
        super(problem + " " + file + (detail == null ? "" : ": " + detail), cause);
        this.failure = new ImportFailure(file, problem, detail);
    }

    public ImportFailure failure() {
        return failure;
    }
}
