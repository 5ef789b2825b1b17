package org.normdesk.domain.filing;

import org.normdesk.domain.Labelled;

/** The materials a filing hands in (RULES.md §4). */
public enum FilingMaterial implements Labelled {
    REPORT,
    OFFICIAL_TEXT,
    DRAFTING_NOTE,
    BASIS,
    LEGALITY_OPINION,
    ELECTRONIC_TEXT;

    @Override
    public String labelPrefix() {
        return "filingMaterial";
    }
}
