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

    /** The checklist point under which an opinion made from a risk finding of this category is filed. */
    public static ChecklistItem forRisk(org.normdesk.domain.risk.RiskCategory category) {
        return switch (category) {
            case LICENSING, PENALTY, COERCION, FEES, LICENSE_CONDITION -> SETS_LICENSING_OR_PENALTY;
            case OBLIGATION -> REDUCES_RIGHTS;
            case CERTIFICATE -> CERTIFICATES;
            case COMPETITION -> FAIR_COMPETITION;
            case ISSUER_NOT_LISTED -> ISSUER_COMPETENT;
            case SHORT_GAP -> PROCEDURE;
            case RETROACTIVE, NO_VALIDITY, OUTDATED_LAW -> CONFORMS_TO_LAW;
        };
    }
}
