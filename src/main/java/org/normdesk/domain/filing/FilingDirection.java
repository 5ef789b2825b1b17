package org.normdesk.domain.filing;

import org.normdesk.domain.Labelled;

/** Which way a filing goes: the county's own documents out to an authority, or a department's or township's document in to the county government. */
public enum FilingDirection implements Labelled {
    OUTGOING,
    INCOMING;

    @Override
    public String labelPrefix() {
        return "filingDirection";
    }
}
