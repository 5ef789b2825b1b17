package org.normdesk.domain.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a ledger reader found in a spreadsheet: the sheet and the row it took for the headings, every
 * column under a heading (with the field its heading names, if any), and the non-empty lines below,
 * cell by cell. Which column feeds which field is a {@link LedgerMapping}: the one the headings
 * suggest ({@link #detectedMapping()}) or one the user corrected; rows are read through it.
 *
 * @param headerRowNumber the heading row as Excel numbers it (from 1)
 */
public record LedgerSheet(String sheetName, int headerRowNumber, List<Column> columns, List<Line> lines) {

    /** Fields a ledger column can feed; each has a label key {@code import.ledgerField.<NAME>} in both bundles. */
    public enum Field {
        TITLE, DOC_NUMBER, ISSUER, CO_ISSUERS, SIGNED_ON, PUBLISHED_ON, EFFECTIVE_ON, VALID_UNTIL, STATUS;

        public String labelKey() {
            return "import.ledgerField." + name();
        }

        /** Whether the column's cells must read as dates. */
        public boolean isDate() {
            return this == SIGNED_ON || this == PUBLISHED_ON || this == EFFECTIVE_ON || this == VALID_UNTIL;
        }
    }

    /**
     * One column of the sheet: its position (from 0), its Excel letter (A, B, …), its heading as
     * written (empty when the heading cell is), and the field the heading names (null: none known).
     */
    public record Column(int index, String letter, String heading, Field detected) {
    }

    /** A cell as read: its text as Excel shows it (null when empty), and the day it stands for when it reads as one. */
    public record Cell(String text, LocalDate date) {
        public static final Cell EMPTY = new Cell(null, null);
    }

    /** A non-empty line below the headings, with its row number as Excel shows it and its cells by column position. */
    public record Line(int rowNumber, List<Cell> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }
    }

    /** One mapped column: its heading as written, its Excel letter, the field it feeds. */
    public record Mapping(String heading, String column, Field field) {
    }

    public LedgerSheet {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** The mapping the headings suggest: each known heading feeds its field (the first such column wins). */
    public LedgerMapping detectedMapping() {
        return LedgerMapping.detected(this);
    }

    /** The mapped columns of the detected mapping, left to right. */
    public List<Mapping> mappings() {
        return detectedMapping().mappings(this);
    }

    /** The rows as the detected mapping reads them, those with a problem included. */
    public List<LedgerRow> rows() {
        return detectedMapping().read(this);
    }

    /** The first non-empty text of a column, to show the user what the column holds. */
    public String sample(int column) {
        return lines.stream().map(l -> l.cell(column).text()).filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }
}
