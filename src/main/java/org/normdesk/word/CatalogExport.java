package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.CatalogEntry;
import org.normdesk.domain.filing.CatalogSection;

/**
 * The 年度规范性文件目录 (RULES.md §4, due 1月31日): the year's documents made, amended and repealed,
 * each part under its heading, as a landscape .docx in the official look or as an .xlsx.
 */
public final class CatalogExport {
    public static final List<String> COLUMNS = List.of("filingCol.no", "filingCol.title",
            "filingCol.docNumber", "filingCol.registrationNumber", "filingCol.issuer",
            "filingCol.publishedOn", "filingCol.effectiveOn", "filingCol.remark");
    private static final int[] WIDTHS = {500, 3900, 1700, 1500, 1800, 1000, 1000, 1356};
    private static final boolean[] LEFT = {false, true, true, true, true, false, false, true};
    private static final int[] XLSX_WIDTHS = {6, 44, 22, 18, 24, 12, 12, 24};
    private static final boolean[] DATES = {false, false, false, false, false, true, true, false};

    private CatalogExport() {
    }

    public static List<String> headings() {
        return COLUMNS.stream().map(Texts::get).toList();
    }

    public static void write(String title, List<CatalogEntry> entries, Path target, boolean xlsx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int part = 0;
        for (CatalogSection section : CatalogSection.values()) {
            List<CatalogEntry> of = entries.stream().filter(e -> e.section() == section).toList();
            rows.add(List.of(new SheetWriter.Section(ChineseNumerals.of(++part) + "、" + section.label()
                    + Texts.get("catalog.count", of.size()))));
            int n = 0;
            for (CatalogEntry e : of) {
                List<Object> c = new ArrayList<>();
                c.add(++n);
                c.add(e.title());
                c.add(e.docNumber());
                c.add(e.registrationNumber());
                c.add(e.issuer());
                c.add(e.publishedOn());
                c.add(e.effectiveOn());
                c.add(section == CatalogSection.MADE ? "" : Texts.get("catalog.remark",
                        ChineseDates.format(e.changedOn()), e.note() == null ? section.label() : e.note()));
                rows.add(c);
            }
        }
        if (xlsx) {
            SheetWriter.write(title, headings(), XLSX_WIDTHS, DATES, rows, target);
            return;
        }
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.title(title);
            DocxTable table = new DocxTable(doc, WIDTHS, headings());
            for (List<Object> row : rows) {
                if (row.size() == 1 && row.get(0) instanceof SheetWriter.Section s) {
                    table.spanningRow(s.text());
                } else {
                    table.row(row.stream().map(FilingRegisterExport::text).toList(), LEFT);
                }
            }
            doc.save(target);
        }
    }
}
