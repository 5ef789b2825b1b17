package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

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

    /**
     * Opens the file as a file, as Excel does: POI then reads each part from the zip as it parses
     * it. Opened from a stream, POI first copies every part into one array, and the sheet of a
     * 100,000-row ledger is larger than the 100 MB POI allows such an array (the bench failed there).
     */
    public static Figures openAndSearch(Path xlsx, String text) throws IOException {
        long t0 = System.nanoTime();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(xlsx.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            XSSFWorkbook book = new XSSFWorkbook(pkg);
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
        } finally {
            pkg.revert(); // read-only: close without writing anything back
        }
    }
}
