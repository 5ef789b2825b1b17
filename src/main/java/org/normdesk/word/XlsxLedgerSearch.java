package org.normdesk.word;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reviewer does without normdesk: opens the register kept as an .xlsx ledger (POI's full
 * workbook model, as Excel loads a whole file) and looks for a string in every cell (Ctrl+F).
 * For {@code normdesk bench}, beside the register's own search.
 */
public final class XlsxLedgerSearch {

    /** How long opening and one search took, and what they found. */
    public record Figures(double openMs, double searchMs, int rows, int hits) {
    }

    private XlsxLedgerSearch() {
    }

    public static Figures openAndSearch(InputStream xlsx, String text) throws IOException {
        long t0 = System.nanoTime();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx)) {
            long t1 = System.nanoTime();
            int rows = 0;
            int hits = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    rows++;
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                            hits++;
                            break;
                        }
                    }
                }
            }
            long t2 = System.nanoTime();
            return new Figures((t1 - t0) / 1e6, (t2 - t1) / 1e6, rows, hits);
        }
    }
}
