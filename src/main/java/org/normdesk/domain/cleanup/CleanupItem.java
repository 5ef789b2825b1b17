package org.normdesk.domain.cleanup;

import java.time.LocalDate;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Validity;

/**
 * One document in a campaign, as the screen, the command line and the exports show it: the document's
 * particulars, the suggestion and the decision (null while undecided), and the revision draft a 修改
 * created at closing.
 */
public record CleanupItem(long id, long campaignId, long documentId, String title, String docNumber,
                          String issuer, IssuerCategory category, LocalDate publishedOn, LocalDate validUntil,
                          Validity validity, Suggestion suggestion, Decision decision, Long revisionId,
                          int version) {

    public boolean decided() {
        return decision != null && decision.outcome() != null;
    }

    public TallyGroup group() {
        return TallyGroup.of(category);
    }
}
