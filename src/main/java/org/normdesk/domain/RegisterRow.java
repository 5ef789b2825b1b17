package org.normdesk.domain;

import java.time.LocalDate;

/** One line of the register table: what the list shows, not the whole document. */
public record RegisterRow(long id, String title, String docNumber, String issuer, IssuerCategory issuerCategory,
                          Stage stage, Validity validity, LocalDate signedOn, LocalDate publishedOn,
                          LocalDate effectiveOn, LocalDate validUntil) {
}
