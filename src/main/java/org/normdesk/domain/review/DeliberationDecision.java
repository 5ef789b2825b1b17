package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** What a 集体审议 decided. */
public enum DeliberationDecision implements Labelled {
    APPROVED,
    APPROVED_WITH_CHANGES,
    REJECTED;

    @Override
    public String labelPrefix() {
        return "deliberationDecision";
    }

    public boolean approves() {
        return this != REJECTED;
    }
}
