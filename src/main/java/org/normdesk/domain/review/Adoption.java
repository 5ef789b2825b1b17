package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** Whether the drafting unit took up a finding in its revised draft. */
public enum Adoption implements Labelled {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED;

    @Override
    public String labelPrefix() {
        return "adoption";
    }
}
