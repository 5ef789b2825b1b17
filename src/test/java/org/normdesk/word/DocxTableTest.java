package org.normdesk.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Register tables read back with POI: the rows written from templates must be what Word would get from POI itself. */
class DocxTableTest {
    private static final int[] WIDTHS = {600, 3000, 2000};
    private static final boolean[] LEFT = {false, true, false};

    @Test
    void rowsKeepTheirOrderTextsAndLookAcrossTablesAndSpanningRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("登记表.docx");
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.title("备案登记表");
            DocxTable first = new DocxTable(doc, WIDTHS, List.of("序号", "文件名称", "文号"));
            first.spanningRow("一、县政府文件");
            first.row(List.of("1", "关于A & B <试行> 的通知", "某府规〔2025〕1号"), LEFT);
            first.row(List.of("2", "控制字符\u0007被去掉", ""), LEFT);
            first.spanningRow("二、部门文件");
            first.row(List.of("3", "第三件", "某府规〔2025〕3号"), LEFT);
            doc.body("两张表之间的一段正文。");
            DocxTable second = new DocxTable(doc, WIDTHS, List.of("甲", "乙", "丙"));
            second.row(List.of("x", "y", "z"), new boolean[] {true, true, true});
            doc.save(file);
        }

        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getTables()).hasSize(2);
            XWPFTable t = d.getTables().get(0);
            assertThat(texts(t)).containsExactly(
                    List.of("序号", "文件名称", "文号"),
                    List.of("一、县政府文件"),
                    List.of("1", "关于A & B <试行> 的通知", "某府规〔2025〕1号"),
                    List.of("2", "控制字符被去掉", ""),
                    List.of("二、部门文件"),
                    List.of("3", "第三件", "某府规〔2025〕3号"));
            XWPFTableRow row = t.getRow(2);
            assertThat(row.isCantSplitRow()).isTrue();
            assertThat(row.isRepeatHeader()).isFalse();
            assertThat(row.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(row.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(row.getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo(OfficialDocx.BODY_FONT);
            assertThat(row.getCell(1).getWidth()).isEqualTo(3000);
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);

            assertThat(texts(d.getTables().get(1))).containsExactly(List.of("甲", "乙", "丙"), List.of("x", "y", "z"));
            assertThat(d.getTables().get(1).getRow(1).getCell(0).getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.LEFT);
            assertThat(d.getParagraphs()).extracting(p -> p.getText()).contains("两张表之间的一段正文。");
            assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("no placeholder is left in the file").doesNotContain("\uE000");
        }
    }

    @Test
    void aTableWithoutRowsKeepsItsHeaderOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("空表.docx");
        try (OfficialDocx doc = new OfficialDocx(false)) {
            new DocxTable(doc, WIDTHS, List.of("序号", "文件名称", "文号"));
            doc.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(texts(d.getTables().get(0))).containsExactly(List.of("序号", "文件名称", "文号"));
        }
    }

    private static List<List<String>> texts(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList());
        }
        return rows;
    }
}
