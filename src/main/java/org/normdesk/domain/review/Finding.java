package org.normdesk.domain.review;

/**
 * One opinion on one clause: the article it concerns, the checklist point, the opinion and its
 * legal basis, and (once the revised draft is back) whether it was adopted and, if not, why.
 */
public record Finding(Long id, String articleRef, ChecklistItem category, String opinion, String legalBasis,
                      Adoption adoption, String adoptionReason) {

    public static Finding of(String articleRef, ChecklistItem category, String opinion, String legalBasis) {
        return new Finding(null, articleRef, category, opinion, legalBasis, null, null);
    }

    public Finding withAdoption(Adoption a, String reason) {
        return new Finding(id, articleRef, category, opinion, legalBasis, a, reason);
    }
}
