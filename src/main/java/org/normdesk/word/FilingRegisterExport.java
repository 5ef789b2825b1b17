package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingRow;

/**
 * The 备案登记表: one row per filing, columns 序号 · 文件名称 · 文号 · 统一登记号 · 制定机关 · 公布日期 ·
 * 施行日期 · 有效期至 · 报送日期 · 是否按期 · 登记结论 · 审查结论 · 备注; as a landscape .docx in the official
 * look, or as an .xlsx.
 */
public final class FilingRegisterExport {
    /** The column headings' message keys, in order. */
    public static final List<String> COLUMNS = List.of("filingCol.no", "filingCol.title", "filingCol.docNumber",
            "filingCol.registrationNumber", "filingCol.issuer", "filingCol.publishedOn",
            "filingCol.effectiveOn", "filingCol.validUntil", "filingCol.submittedOn", "filingCol.onTime",
            "filingCol.registration", "filingCol.review", "filingCol.remark");
    /** Twips; they add up to the landscape page's text width (297 − 37 − 35 mm). */
    private static final int[] WIDTHS = {450, 1800, 1300, 1100, 1200, 950, 950, 950, 950, 500, 900, 700, 1006};
    private static final boolean[] LEFT = {false, true, true, true, true, false, false, false, false, false, false,
            false, true};
    private static final int[] XLSX_WIDTHS = {6, 40, 22, 18, 22, 12, 12, 12, 12, 9, 14, 10, 30};
    private static final boolean[] DATES = {false, false, false, false, false, true, true, true, true, false, false,
            false, false};

    private FilingRegisterExport() {
    }

    public static List<String> headings() {
        return COLUMNS.stream().map(Texts::get).toList();
    }

    public static void write(String title, List<FilingRow> rows, Path target, boolean xlsx) throws IOException {
        if (xlsx) {
            SheetWriter.write(title, headings(), XLSX_WIDTHS, DATES, cells(rows), target);
        } else {
            try (OfficialDocx doc = new OfficialDocx(true)) {
                doc.title(title);
                DocxTable table = new DocxTable(doc, WIDTHS, headings());
                for (List<Object> row : cells(rows)) {
                    table.row(row.stream().map(FilingRegisterExport::text).toList(), LEFT);
                }
                doc.save(target);
            }
        }
    }

    /** Each row's values: texts, numbers and dates (the .xlsx keeps dates as dates). */
    private static List<List<Object>> cells(List<FilingRow> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        int n = 0;
        for (FilingRow r : rows) {
            var f = r.filing();
            List<Object> c = new ArrayList<>(13);
            c.add(++n);
            c.add(r.title());
            c.add(r.docNumber());
            c.add(r.registrationNumber());
            c.add(r.issuer());
            c.add(r.publishedOn());
            c.add(r.effectiveOn());
            c.add(r.validUntil());
            c.add(f.submittedOn());
            c.add(r.status().submitted() || r.status().behind() ? r.status().onTimeText() : r.status().label());
            c.add(f.registration() == null ? "" : f.registration().result().label());
            c.add(f.review() == null ? "" : f.review().result().label());
            c.add((r.authority() + "；" + r.remark()).replaceAll("；$", ""));
            out.add(c);
        }
        return out;
    }

    /** Dates as 2025.3.16: short enough for the landscape page's narrow date columns. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
        }
        return v.toString();
    }
}
