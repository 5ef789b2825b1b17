package org.normdesk.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A register table in an {@link OfficialDocx}: fixed column widths (so that Word and LibreOffice
 * both keep it inside the page), a header row in 黑体 repeated on every page, cells in 仿宋 小五.
 */
final class DocxTable {
    /** 小五, in points: thirteen columns fit a landscape A4 page at this size. */
    static final int CELL_SIZE = 9;
    private static final int CELL_MARGIN = 57; // 1 mm in twips

    private final OfficialDocx doc;
    private final XWPFTable table;
    private final int[] widths;
    /** Template row numbers by kind of row, in the order they stand in the table. */
    private final Map<String, Integer> templates = new LinkedHashMap<>();
    private final List<TableRowsWriter.Row> rows = new ArrayList<>();

    /** A table with these column widths in twips and this header row. */
    DocxTable(OfficialDocx doc, int[] widths, List<String> header) {
        this.doc = doc;
        this.widths = widths;
        doc.add(this);
        table = doc.document().createTable(1, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidth(String.valueOf(total));
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            fill(head.getCell(i), i, header.get(i), OfficialDocx.HEADING_FONT, ParagraphAlignment.CENTER);
        }
    }

    /** Appends a row; the first column (序号) and short values are centred, long text flush left. */
    void row(List<String> cells, boolean[] leftAligned) {
        rows.add(new TableRowsWriter.Row(templateOf(Arrays.toString(leftAligned), template -> {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < widths.length; i++) {
                fill(row.getCell(i), i, TableRowsWriter.placeholder(template, i), OfficialDocx.BODY_FONT,
                        leftAligned[i] ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            }
        }), cells));
    }

    /** A row of one cell over the whole width, such as a section heading of the catalog. */
    void spanningRow(String text) {
        rows.add(new TableRowsWriter.Row(templateOf("span", template -> {
            XWPFTableRow row = table.createRow();
            XWPFTableCell first = row.getCell(0);
            fill(first, 0, TableRowsWriter.placeholder(template, 0), OfficialDocx.HEADING_FONT, ParagraphAlignment.LEFT);
            // the cell has its tcPr already (width, alignment): a second one would be invalid WordprocessingML
            first.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
            first.setWidth(String.valueOf(Arrays.stream(widths).sum()));
            while (row.getTableCells().size() > 1) {
                row.removeCell(1); // removes the cell's XML too
            }
        }), List.of(text == null ? "" : text)));
    }

    /**
     * The number of the template row for this kind of row, made by POI the first time the kind is
     * asked for; the saved document has the real rows in its place (see {@link TableRowsWriter}).
     */
    private int templateOf(String kind, IntConsumer build) {
        return templates.computeIfAbsent(kind, k -> {
            int template = doc.nextTemplate();
            build.accept(template);
            return template;
        });
    }

    /** The rows for {@link TableRowsWriter}, and the templates in the order they stand in the table. */
    TableRowsWriter.Table rows() {
        return new TableRowsWriter.Table(rows, List.copyOf(templates.values()));
    }

    private void fill(XWPFTableCell cell, int column, String text, String font, ParagraphAlignment align) {
        cell.setWidth(String.valueOf(widths[column]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        OfficialDocx.run(p, text, font, CELL_SIZE, false);
    }
}
