package org.normdesk.domain.extract;

import org.normdesk.domain.Texts;

/** A file that could not be read, and why, in words for the user. */
public record ImportFailure(String file, ReadProblem problem, String detail) {

    /** The Chinese (or English) sentence shown to the user; never a stack trace. */
    public String message() {
        return Texts.get(problem.key(), file, detail == null ? "" : detail);
    }
}
