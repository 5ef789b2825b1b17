package org.normdesk.domain.filing;

import java.time.LocalDate;

import org.normdesk.domain.IssuerCategory;

/**
 * Which filings to list: documents published from/to (either open), one authority, one issuer
 * category, one status, words in the title or 文号. Null means any.
 */
public record FilingQuery(LocalDate from, LocalDate to, Long authorityId, IssuerCategory category,
                          FilingStatus status, String text) {

    public static FilingQuery all() {
        return new FilingQuery(null, null, null, null, null, null);
    }

    public FilingQuery between(LocalDate newFrom, LocalDate newTo) {
        return new FilingQuery(newFrom, newTo, authorityId, category, status, text);
    }

    public FilingQuery withAuthority(Long id) {
        return new FilingQuery(from, to, id, category, status, text);
    }

    public FilingQuery withCategory(IssuerCategory c) {
        return new FilingQuery(from, to, authorityId, c, status, text);
    }

    public FilingQuery withStatus(FilingStatus s) {
        return new FilingQuery(from, to, authorityId, category, s, text);
    }

    public FilingQuery withText(String t) {
        return new FilingQuery(from, to, authorityId, category, status, t);
    }
}
