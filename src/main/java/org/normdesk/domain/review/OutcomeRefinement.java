package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** Local refinements of the overall opinion (RULES.md §2). */
public enum OutcomeRefinement implements Labelled {
    NOT_TO_MAKE,
    ASK_APPROVAL_FIRST,
    BACK_TO_PROCEDURE;

    @Override
    public String labelPrefix() {
        return "refinement";
    }
}
