package org.normdesk.domain.risk;

import org.normdesk.domain.Labelled;

/**
 * The kinds of risk a legality review looks for (issue #5, RULES.md §1 "What a document must not do").
 * Clause-level categories are found in sentences by the rule pack's patterns; document-level ones are
 * checks on the document's dates, issuer and citations.
 */
public enum RiskCategory implements Labelled {
    LICENSING(false),
    PENALTY(false),
    COERCION(false),
    FEES(false),
    OBLIGATION(false),
    LICENSE_CONDITION(false),
    CERTIFICATE(false),
    COMPETITION(false),
    RETROACTIVE(false),
    NO_VALIDITY(true),
    SHORT_GAP(true),
    ISSUER_NOT_LISTED(true),
    OUTDATED_LAW(true);

    private final boolean documentLevel;

    RiskCategory(boolean documentLevel) {
        this.documentLevel = documentLevel;
    }

    /** Whether the category is a check on the whole document rather than a pattern on its sentences. */
    public boolean documentLevel() {
        return documentLevel;
    }

    @Override
    public String labelPrefix() {
        return "risk.category";
    }
}
