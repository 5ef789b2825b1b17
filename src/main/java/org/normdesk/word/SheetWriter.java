package org.normdesk.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One register as an .xlsx sheet: the title merged over the columns, a bold header row frozen at
 * the top, thin borders, dates as dates (2025-03-16), printed landscape on one page's width.
 */
final class SheetWriter {
    private SheetWriter() {
    }

    /** Rows whose single value is a {@link Section} become a merged section heading. */
    record Section(String text) {
    }

    static void write(String title, List<String> header, int[] widths, boolean[] dates, List<List<Object>> rows,
                      Path target) throws IOException {
        writeAll(List.of(new Sheet(title, title, header, widths, dates, rows)), target);
    }

    /** One sheet of a workbook of several: its tab name, its title row, columns and rows as for {@link #write}. */
    record Sheet(String name, String title, List<String> header, int[] widths, boolean[] dates, List<List<Object>> rows) {
    }

    /** Several sheets in one workbook (the 清理结果目录: one sheet per outcome and the tally). */
    static void writeAll(List<Sheet> sheets, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (Sheet s : sheets) {
                add(wb, s.name(), s.title(), s.header(), s.widths(), s.dates(), s.rows());
            }
            save(wb, target);
        }
    }

    private static void add(XSSFWorkbook wb, String name, String title, List<String> header, int[] widths,
                            boolean[] dates, List<List<Object>> rows) {
        XSSFSheet sheet = wb.createSheet(sheetName(name));
        CellStyle titleStyle = style(wb, true, 14, false);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle headStyle = style(wb, true, 11, true);
        headStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle textStyle = style(wb, false, 11, true);
        CellStyle dateStyle = style(wb, false, 11, true);
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        dateStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle sectionStyle = style(wb, true, 11, true);

        Row t = sheet.createRow(0);
        t.setHeightInPoints(28);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
        Row h = sheet.createRow(1);
        for (int i = 0; i < header.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(headStyle);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 2;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r);
            if (values.size() == 1 && values.get(0) instanceof Section s) {
                Cell c = row.createCell(0);
                c.setCellValue(s.text());
                c.setCellStyle(sectionStyle);
                for (int i = 1; i < header.size(); i++) {
                    row.createCell(i).setCellStyle(sectionStyle);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
                r++;
                continue;
            }
            for (int i = 0; i < header.size(); i++) {
                Cell c = row.createCell(i);
                Object v = values.get(i);
                if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(dates[i] ? dateStyle : textStyle);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                    c.setCellStyle(textStyle);
                } else {
                    c.setCellValue(v == null ? "" : v.toString());
                    c.setCellStyle(textStyle);
                }
            }
            r++;
        }
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, header.size() - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, int size, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) size);
        f.setFontName("宋体");
        s.setFont(f);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", "");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** Through a temporary sibling file, like {@link OfficialDocx#save}: a failure leaves no half-written file. */
    private static void save(XSSFWorkbook wb, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".normdesk.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
