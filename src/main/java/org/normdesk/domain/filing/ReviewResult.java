package org.normdesk.domain.filing;

import org.normdesk.domain.Labelled;

/** The filing authority's review result (RULES.md §4): 无异议, 要求纠正 (the maker answers and corrects), 撤销. */
public enum ReviewResult implements Labelled {
    NO_OBJECTION,
    CORRECTION,
    REVOKE;

    @Override
    public String labelPrefix() {
        return "filingReview";
    }
}
