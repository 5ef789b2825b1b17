package org.normdesk.domain;

/** The columns of the register table, each sortable. */
public enum RegisterColumn implements Labelled {
    TITLE, DOC_NUMBER, ISSUER, STAGE, VALIDITY, SIGNED_ON, PUBLISHED_ON, EFFECTIVE_ON, VALID_UNTIL, UPDATED;

    @Override
    public String labelPrefix() {
        return "column";
    }
}
