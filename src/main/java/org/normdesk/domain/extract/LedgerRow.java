package org.normdesk.domain.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One document as a ledger (台账 spreadsheet) lists it, read through a column mapping; any field may
 * be missing. A row the mapping cannot read as a document (no title, a date that is not one) keeps
 * what could be read and says why in {@code problem}; it is skipped by the import.
 *
 * @param issuer     the lead 制定机关 (the first one named when a cell names several)
 * @param coIssuers  the other issuers named (联合发文), in order
 * @param problem    why the row cannot be imported as it stands, in words for the user; null when it can
 */
public record LedgerRow(int rowNumber, String title, String docNumber, String issuer, List<String> coIssuers,
                        LocalDate signedOn, LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil,
                        String status, String problem) {

    public LedgerRow {
        coIssuers = coIssuers == null ? List.of() : List.copyOf(coIssuers);
    }

    public boolean isValid() {
        return problem == null;
    }
}
