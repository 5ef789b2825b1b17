package org.normdesk.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.TallyGroup;

/**
 * The 清理结果目录 as counties publish it (RULES.md §5, 达川): one list per outcome (继续有效, 修改, 废止,
 * 宣布失效, 已明令废止), each split by who made the documents (县政府 / 县政府部门 / 乡镇、管理区), columns
 * 序号 · 文件名称 · 文号 · 发布日期 · 清理结果 · 理由 · 实施部门 · 备注 (the 继续有效 list adds 有效期至);
 * then the tally table and the report's paragraph (and, in Word, a bar chart). As a landscape .docx
 * in the official look, or as an .xlsx with one sheet per list and one for the tally.
 */
public final class CleanupExport {
    public static final List<String> COLUMNS = List.of("filingCol.no", "filingCol.title", "filingCol.docNumber",
            "cleanupCol.publishedOn", "cleanupCol.outcome", "cleanupCol.reason", "cleanupCol.unit", "filingCol.remark");
    /** The 继续有效 list: the same with 有效期至 before 备注. */
    public static final List<String> KEEP_COLUMNS = List.of("filingCol.no", "filingCol.title", "filingCol.docNumber",
            "cleanupCol.publishedOn", "cleanupCol.outcome", "cleanupCol.reason", "cleanupCol.unit",
            "filingCol.validUntil", "filingCol.remark");
    public static final List<String> TALLY_COLUMNS = List.of("cleanupCol.group", "cleanupCol.issuers",
            "cleanupCol.total", "cleanupCol.keep", "cleanupCol.amend", "cleanupCol.repeal", "cleanupCol.expired",
            "cleanupCol.alreadyRepealed", "cleanupCol.undecided");

    /** Twips; each set adds up to the landscape page's text width (297 − 37 − 35 mm ≈ 12,756). */
    private static final int[] WIDTHS = {500, 3900, 1800, 1100, 1000, 2300, 1300, 856};
    private static final int[] KEEP_WIDTHS = {500, 3500, 1700, 1100, 1000, 2000, 1200, 1100, 656};
    private static final int[] TALLY_WIDTHS = {2356, 1300, 1300, 1300, 1300, 1300, 1300, 1300, 1300};
    private static final boolean[] LEFT = {false, true, true, false, false, true, true, true};
    private static final boolean[] KEEP_LEFT = {false, true, true, false, false, true, true, false, true};
    private static final boolean[] TALLY_LEFT = {true, false, false, false, false, false, false, false, false};
    private static final int[] XLSX_WIDTHS = {6, 44, 22, 12, 12, 30, 18, 24};
    private static final int[] XLSX_KEEP_WIDTHS = {6, 44, 22, 12, 12, 30, 18, 12, 24};
    private static final int[] XLSX_TALLY_WIDTHS = {22, 12, 12, 10, 10, 10, 10, 12, 10};

    private CleanupExport() {
    }

    /** What the export shows: its title (the campaign's name), the documents with their decisions, the tally. */
    public record Content(String title, List<CleanupItem> items, CleanupTally tally) {
    }

    public static void write(Content c, Path target, boolean xlsx) throws IOException {
        if (xlsx) {
            writeXlsx(c, target);
        } else {
            writeDocx(c, target);
        }
    }

    /** The outcomes that have documents, in the order of the published lists. */
    static List<CleanupOutcome> outcomes(Content c) {
        return List.of(CleanupOutcome.values()).stream()
                .filter(o -> c.items().stream().anyMatch(i -> i.decided() && i.decision().outcome() == o)).toList();
    }

    private static List<String> headings(List<String> keys) {
        return keys.stream().map(Texts::get).toList();
    }

    private static List<CleanupItem> of(Content c, CleanupOutcome o, TallyGroup g) {
        return c.items().stream().filter(i -> i.decided() && i.decision().outcome() == o && i.group() == g).toList();
    }

    private static List<Object> cells(int n, CleanupItem i) {
        List<Object> row = new ArrayList<>();
        row.add(n);
        row.add(i.title());
        row.add(i.docNumber());
        row.add(i.publishedOn());
        row.add(i.decision().outcome().label());
        row.add(i.decision().reasonText());
        row.add(i.decision().responsibleUnit());
        if (i.decision().outcome() == CleanupOutcome.KEEP) {
            row.add(i.validUntil());
        }
        row.add(i.decision().note());
        return row;
    }

    private static List<List<Object>> tallyRows(CleanupTally t) {
        List<List<Object>> rows = new ArrayList<>();
        for (TallyGroup g : TallyGroup.values()) {
            rows.add(tallyRow(g.label(), t.of(g)));
        }
        rows.add(tallyRow(Texts.get("cleanupCol.all"), t.overall()));
        return rows;
    }

    private static List<Object> tallyRow(String label, CleanupTally.Counts c) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(c.issuers());
        row.add(c.total());
        for (CleanupOutcome o : CleanupOutcome.values()) {
            row.add(c.of(o));
        }
        row.add(c.undecided());
        return row;
    }

    private static String sectionTitle(int n, TallyGroup g, int count) {
        return Texts.get("cleanup.export.section", ChineseNumerals.of(n), g.label(), count);
    }

    // ---- Word

    private static void writeDocx(Content c, Path target) throws IOException {
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.title(title(c.title()));
            int part = 0;
            for (CleanupOutcome o : outcomes(c)) {
                boolean keep = o == CleanupOutcome.KEEP;
                long count = c.items().stream().filter(i -> i.decided() && i.decision().outcome() == o).count();
                doc.heading(ChineseNumerals.of(++part) + "、" + o.listTitle() + Texts.get("catalog.count", count));
                keepWithNext(doc);
                int section = 0;
                for (TallyGroup g : TallyGroup.values()) {
                    List<CleanupItem> items = of(c, o, g);
                    if (items.isEmpty()) {
                        continue;
                    }
                    doc.body(sectionTitle(++section, g, items.size())).setKeepNext(true);
                    DocxTable table = new DocxTable(doc, keep ? KEEP_WIDTHS : WIDTHS, headings(keep ? KEEP_COLUMNS : COLUMNS));
                    int n = 0;
                    for (CleanupItem i : items) {
                        table.row(cells(++n, i).stream().map(FilingRegisterExport::text).toList(), keep ? KEEP_LEFT : LEFT);
                    }
                }
            }
            doc.heading(ChineseNumerals.of(++part) + "、" + Texts.get("cleanup.export.tally"));
            keepWithNext(doc);
            DocxTable table = new DocxTable(doc, TALLY_WIDTHS, headings(TALLY_COLUMNS));
            for (List<Object> row : tallyRows(c.tally())) {
                table.row(row.stream().map(FilingRegisterExport::text).toList(), TALLY_LEFT);
            }
            doc.blank();
            doc.body(c.tally().paragraph());
            chart(doc, c.tally());
            doc.save(target);
        }
    }

    /** “2024年度规范性文件全面清理” → “…全面清理结果目录”; “2024年度专项工作” → “…专项工作清理结果目录”. */
    static String title(String campaign) {
        return Texts.get(campaign.endsWith("清理") ? "cleanup.export.titleOfCleanup" : "cleanup.export.title", campaign);
    }

    /** A heading never stands alone at the foot of a page: it keeps with the table below it. */
    private static void keepWithNext(OfficialDocx doc) {
        List<XWPFParagraph> ps = doc.document().getParagraphs();
        ps.get(ps.size() - 1).setKeepNext(true);
    }

    private static void chart(OfficialDocx doc, CleanupTally tally) throws IOException {
        byte[] png = TallyChart.png(tally, 1400, 560);
        XWPFParagraph p = doc.paragraph(ParagraphAlignment.CENTER, 0);
        p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "tally.png",
                    Units.toEMU(560), Units.toEMU(224));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    // ---- Excel

    private static void writeXlsx(Content c, Path target) throws IOException {
        List<SheetWriter.Sheet> sheets = new ArrayList<>();
        for (CleanupOutcome o : outcomes(c)) {
            boolean keep = o == CleanupOutcome.KEEP;
            List<List<Object>> rows = new ArrayList<>();
            int section = 0;
            for (TallyGroup g : TallyGroup.values()) {
                List<CleanupItem> items = of(c, o, g);
                if (items.isEmpty()) {
                    continue;
                }
                rows.add(List.of(new SheetWriter.Section(sectionTitle(++section, g, items.size()))));
                int n = 0;
                for (CleanupItem i : items) {
                    rows.add(cells(++n, i));
                }
            }
            boolean[] dates = keep ? new boolean[] {false, false, false, true, false, false, false, true, false}
                    : new boolean[] {false, false, false, true, false, false, false, false};
            sheets.add(new SheetWriter.Sheet(o.label(), title(c.title()) + "：" + o.listTitle(),
                    headings(keep ? KEEP_COLUMNS : COLUMNS), keep ? XLSX_KEEP_WIDTHS : XLSX_WIDTHS, dates, rows));
        }
        List<List<Object>> tally = new ArrayList<>(tallyRows(c.tally()));
        tally.add(List.of(new SheetWriter.Section(c.tally().paragraph())));
        sheets.add(new SheetWriter.Sheet(Texts.get("cleanup.export.tallySheet"), title(c.title()) + "：" + Texts.get("cleanup.export.tally"),
                headings(TALLY_COLUMNS), XLSX_TALLY_WIDTHS, new boolean[TALLY_COLUMNS.size()], tally));
        SheetWriter.writeAll(sheets, target);
    }
}
