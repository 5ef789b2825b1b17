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
 * most known columns (and the title among them); every non-empty row below with a title is a
 * document. Dates may be Excel date cells, serial numbers or text in the usual spellings.
 */
public final class LedgerReader {
    private static final int HEADER_SEARCH_ROWS = 20;

    private final long maxBytes;
    private final DataFormatter formatter = new DataFormatter();

    public LedgerReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<LedgerRow> read(Path file) throws UnreadableDocumentException {
        return readSheet(file).rows();
    }

    /** The first sheet with document rows, with its heading row and column mapping (for a preview). */
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
                if (!found.rows().isEmpty()) {
                    return found;
                }
            }
            throw new UnreadableDocumentException(name, ReadProblem.NO_TEXT, null, null);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(name, ReadProblem.ENCRYPTED, null, e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, ReadProblem.CORRUPT, e.getMessage(), e);
        }
    }

    private LedgerSheet scan(Sheet sheet) {
        int headerRow = -1;
        Map<LedgerColumn, Integer> columns = new EnumMap<>(LedgerColumn.class);
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Map<LedgerColumn, Integer> found = headings(sheet.getRow(r));
            if (found.containsKey(LedgerColumn.TITLE) && found.size() >= 2 && found.size() > columns.size()) {
                columns = found;
                headerRow = r;
            }
        }
        List<LedgerRow> out = new ArrayList<>();
        if (headerRow < 0) {
            return new LedgerSheet(sheet.getSheetName(), 0, List.of(), out);
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String title = text(row, columns.get(LedgerColumn.TITLE));
            if (title == null) {
                continue;
            }
            out.add(new LedgerRow(r + 1, title, text(row, columns.get(LedgerColumn.DOC_NUMBER)),
                    text(row, columns.get(LedgerColumn.ISSUER)), date(row, columns.get(LedgerColumn.SIGNED_ON)),
                    date(row, columns.get(LedgerColumn.PUBLISHED_ON)), date(row, columns.get(LedgerColumn.EFFECTIVE_ON)),
                    date(row, columns.get(LedgerColumn.VALID_UNTIL)), text(row, columns.get(LedgerColumn.STATUS))));
        }
        List<LedgerSheet.Mapping> mappings = new ArrayList<>();
        Row headings = sheet.getRow(headerRow);
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> mappings.add(
                new LedgerSheet.Mapping(text(headings, e.getValue()), CellReference.convertNumToColString(e.getValue()),
                        LedgerSheet.Field.valueOf(e.getKey().name()))));
        return new LedgerSheet(sheet.getSheetName(), headerRow + 1, mappings, out);
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

    private String text(Row row, Integer column) {
        if (row == null || column == null || row.getCell(column) == null) {
            return null;
        }
        String t = formatter.formatCellValue(row.getCell(column)).strip();
        return t.isEmpty() ? null : t;
    }

    private LocalDate date(Row row, Integer column) {
        if (row == null || column == null || row.getCell(column) == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) || (v > 20000 && v < 80000)) {
                return DateUtil.getLocalDateTime(v).toLocalDate(); // a serial number typed as a plain number
            }
            return LedgerDates.parse(String.valueOf((long) v)); // 20170301
        }
        return LedgerDates.parse(text(row, column));
    }
}
