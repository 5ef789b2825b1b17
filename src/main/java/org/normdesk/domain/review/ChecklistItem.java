package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** The points a legality review works through (RULES.md §2 checklist). */
public enum ChecklistItem implements Labelled {
    ISSUER_COMPETENT,
    WITHIN_POWERS,
    CONFORMS_TO_LAW,
    SETS_LICENSING_OR_PENALTY,
    REDUCES_RIGHTS,
    EXPANDS_OWN_POWER,
    CERTIFICATES,
    FAIR_COMPETITION,
    PROCEDURE;

    @Override
    public String labelPrefix() {
        return "checklist";
    }
}
