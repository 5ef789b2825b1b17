package org.normdesk.word;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of plain tables (a header row, then one row per record) written as .xlsx without
 * holding all rows in memory: the export of a register of 100,000 documents fits in a small heap.
 * Numbers stay numbers and dates stay dates, so that Excel and WPS sort and filter them.
 */
public final class XlsxTables implements AutoCloseable {
    /** Excel keeps at most this many characters in a cell. */
    public static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle header;

    public XlsxTables() {
        workbook.setCompressTempFiles(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** One sheet being filled. */
    public final class Table {
        private final Sheet sheet;
        private int next = 1;

        private Table(Sheet sheet) {
            this.sheet = sheet;
        }

        /** Appends a row; text longer than {@link #MAX_CELL_TEXT} must be shortened by the caller. */
        public void add(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                set(row.createCell(i), values.get(i));
            }
        }
    }

    public Table sheet(String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(columns.get(i));
            c.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return new Table(sheet);
    }

    private void set(Cell cell, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else {
            String s = v.toString();
            if (s.length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException("text of " + s.length() + " characters does not fit a cell");
            }
            cell.setCellValue(s);
        }
    }

    /** Writes the workbook; the stream stays open (it may be an entry of a zip). */
    public void writeTo(OutputStream out) throws IOException {
        workbook.write(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // not closed: the caller owns it
            }
        });
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }
}
