package org.normdesk.domain.risk;

import java.time.LocalDate;

/**
 * What the document-level checks need besides the text: its issuer (and whether it is on the
 * 制定主体清单; null when unknown) and its dates (any may be null).
 */
public record DocumentFacts(String title, String issuerName, Boolean issuerListed, LocalDate signedOn,
                            LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil) {

    public static DocumentFacts none() {
        return new DocumentFacts(null, null, null, null, null, null, null);
    }

    /** The day the document was made public, else signed: the start of the 施行 gap. */
    public LocalDate madeOn() {
        return publishedOn != null ? publishedOn : signedOn;
    }
}
