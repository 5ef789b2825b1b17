package org.normdesk.domain;

/**
 * Where a document is in its making (DESIGN.md §3). Which stage may follow which is decided in
 * one place only: {@link StageMachine}.
 */
public enum Stage implements Labelled {
    DRAFTING,
    SUBMITTED,
    UNDER_REVIEW,
    REVIEWED,
    DELIBERATED,
    REGISTERED,
    PUBLISHED,
    RETURNED,
    WITHDRAWN,
    NOT_REGISTERED;

    @Override
    public String labelPrefix() {
        return "stage";
    }

    /** A stage from which the document goes nowhere any more. */
    public boolean isFinal() {
        return this == PUBLISHED || this == WITHDRAWN || this == NOT_REGISTERED;
    }
}
