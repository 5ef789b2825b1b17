package org.normdesk.domain.extract;

import java.time.LocalDate;

/** One document as a ledger (台账 spreadsheet) lists it; any field may be missing. */
public record LedgerRow(int rowNumber, String title, String docNumber, String issuer, LocalDate signedOn,
                        LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil, String status) {
}
