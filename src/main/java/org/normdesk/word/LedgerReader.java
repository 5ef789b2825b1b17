package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.domain.extract.ReadProblem;

/**
 * Reads an Excel ledger (.xlsx or .xls) of normative documents. Ledgers open with a caption or two
 * above the headings, so the heading row is the one among the first twenty whose cells name the
 * most known columns (and the title among them); every non-empty row below is a line, read
 * through a {@link org.normdesk.domain.extract.LedgerMapping}. Dates may be Excel date cells, serial numbers or text in the usual spellings.
 */
public final class LedgerReader {
    private static final int HEADER_SEARCH_ROWS = 20;
    /** Ledgers have a dozen columns; a sheet claiming thousands (formatting dragged to the right) is cut here. */
    private static final int MAX_COLUMNS = 100;

    private final long maxBytes;
    private final DataFormatter formatter = new DataFormatter();

    public LedgerReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The rows as the headings map them (rows with a problem included). */
    public List<LedgerRow> read(Path file) throws UnreadableDocumentException {
        return readSheet(file).rows();
    }

    /** The first sheet with a heading row and lines under it, cell by cell, for a mapping to read. */
    public LedgerSheet readSheet(Path file) throws UnreadableDocumentException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(name, ReadProblem.EMPTY, null, null);
            }
            if (size > maxBytes) {
                throw new UnreadableDocumentException(name, ReadProblem.TOO_LARGE, String.valueOf(maxBytes / (1024 * 1024)), null);
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, ReadProblem.NOT_FOUND, null, e);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                LedgerSheet found = scan(sheet);
                if (!found.lines().isEmpty()) {
                    return found;
                }
            }
            throw new UnreadableDocumentException(name, ReadProblem.NO_LEDGER_ROWS, null, null);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(name, ReadProblem.ENCRYPTED, null, e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, ReadProblem.CORRUPT, e.getMessage(), e);
        }
    }

    /** The sheet's heading row, columns and non-empty lines; no lines when no heading row names a title column. */
    private LedgerSheet scan(Sheet sheet) {
        int headerRow = -1;
        Map<LedgerColumn, Integer> best = new EnumMap<>(LedgerColumn.class);
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Map<LedgerColumn, Integer> found = headings(sheet.getRow(r));
            if (found.containsKey(LedgerColumn.TITLE) && found.size() >= 2 && found.size() > best.size()) {
                best = found;
                headerRow = r;
            }
        }
        if (headerRow < 0) {
            return new LedgerSheet(sheet.getSheetName(), 0, List.of(), List.of());
        }
        Row headings = sheet.getRow(headerRow);
        int width = Math.max(0, headings.getLastCellNum());
        List<LedgerSheet.Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int last = Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum()));
            List<LedgerSheet.Cell> cells = new ArrayList<>(last);
            boolean empty = true;
            for (int c = 0; c < last; c++) {
                LedgerSheet.Cell cell = cell(row, c);
                empty &= cell.text() == null;
                cells.add(cell);
            }
            if (!empty) {
                lines.add(new LedgerSheet.Line(r + 1, cells));
                width = Math.max(width, lastText(cells) + 1);
            }
        }
        List<LedgerSheet.Column> columns = new ArrayList<>();
        for (int c = 0; c < Math.min(MAX_COLUMNS, width); c++) {
            String heading = text(headings, c);
            LedgerColumn known = LedgerColumn.of(heading);
            // the same heading twice: the left column feeds the field, the other is shown unmapped
            boolean first = known != null && Integer.valueOf(c).equals(best.get(known));
            columns.add(new LedgerSheet.Column(c, CellReference.convertNumToColString(c), heading == null ? "" : heading,
                    first ? known.field() : null));
        }
        // Columns with neither a heading nor any text (formatting only) are not worth a choice.
        int used = columns.size();
        while (used > 0 && columns.get(used - 1).heading().isEmpty() && columnEmpty(lines, used - 1)) {
            used--;
        }
        return new LedgerSheet(sheet.getSheetName(), headerRow + 1, columns.subList(0, used), lines);
    }

    private static int lastText(List<LedgerSheet.Cell> cells) {
        for (int c = cells.size() - 1; c >= 0; c--) {
            if (cells.get(c).text() != null) {
                return c;
            }
        }
        return -1;
    }

    private static boolean columnEmpty(List<LedgerSheet.Line> lines, int column) {
        return lines.stream().allMatch(l -> l.cell(column).text() == null);
    }

    private Map<LedgerColumn, Integer> headings(Row row) {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        if (row == null) {
            return found;
        }
        for (Cell cell : row) {
            LedgerColumn c = LedgerColumn.of(formatter.formatCellValue(cell));
            if (c != null && !found.containsKey(c)) {
                found.put(c, cell.getColumnIndex());
            }
        }
        return found;
    }

    /** A cell's text as Excel shows it, and the day it stands for if it reads as one. */
    private LedgerSheet.Cell cell(Row row, int column) {
        String text = text(row, column);
        return text == null ? LedgerSheet.Cell.EMPTY : new LedgerSheet.Cell(text, date(row, column, text));
    }

    private String text(Row row, int column) {
        if (row == null || row.getCell(column) == null) {
            return null;
        }
        String t = formatter.formatCellValue(row.getCell(column)).strip();
        return t.isEmpty() ? null : t;
    }

    private LocalDate date(Row row, int column, String text) {
        Cell cell = row.getCell(column);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) || (v > 20000 && v < 80000)) {
                return DateUtil.getLocalDateTime(v).toLocalDate(); // a serial number typed as a plain number
            }
            return LedgerDates.parse(String.valueOf((long) v)); // 20170301
        }
        return LedgerDates.parse(text);
    }
}
