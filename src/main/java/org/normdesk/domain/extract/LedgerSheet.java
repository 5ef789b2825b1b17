package org.normdesk.domain.extract;

import java.util.List;

/**
 * What a ledger reader found in a spreadsheet: the sheet and the row it took for the headings, how
 * each recognised heading maps to a register field, and the document rows below it.
 *
 * @param headerRowNumber the heading row as Excel numbers it (from 1)
 */
public record LedgerSheet(String sheetName, int headerRowNumber, List<Mapping> mappings, List<LedgerRow> rows) {

    /** Fields a ledger column can feed; each has a label key {@code import.ledgerField.<NAME>} in both bundles. */
    public enum Field {
        TITLE, DOC_NUMBER, ISSUER, SIGNED_ON, PUBLISHED_ON, EFFECTIVE_ON, VALID_UNTIL, STATUS;

        public String labelKey() {
            return "import.ledgerField." + name();
        }
    }

    /** One ledger column: its heading as written, its Excel letter (A, B, …), the field it feeds. */
    public record Mapping(String heading, String column, Field field) {
    }

    public LedgerSheet {
        mappings = List.copyOf(mappings);
        rows = List.copyOf(rows);
    }
}
