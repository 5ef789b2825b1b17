package org.normdesk.domain;

/** The overall 合法性审核 opinion (RULES.md §2). */
public enum ReviewOutcome implements Labelled {
    LEGAL,
    AMEND,
    ILLEGAL;

    @Override
    public String labelPrefix() {
        return "reviewOutcome";
    }
}
