package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Path;

import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingReport;

/**
 * The 备案报告 for one document in the official look, in the form of RULES.md §4:
 * {@code ××府规备字〔 〕号} / {@code 关于《  》的备案报告} / {@code 市人民政府：现将我县×年×月×日发布的《  》×份及
 * 起草说明、制定依据各1份报请备案。} / maker and date (the seal goes on the paper).
 */
public final class FilingReportDocx {
    private FilingReportDocx() {
    }

    public static void write(FilingReport r, Path target) throws IOException {
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.centered(r.number() == null || r.number().isBlank() ? Texts.get("filingReport.noNumber") : r.number());
            doc.blank();
            doc.title(Texts.get("filingReport.title", r.documentTitle()));
            doc.flushLeft(r.authority() + "：");
            String number = r.docNumber() == null || r.docNumber().isBlank() ? "" : "（" + r.docNumber() + "）";
            doc.body(Texts.get("filingReport.body", ChineseDates.format(r.publishedOn()), r.documentTitle() + "》" + number,
                    enclosures(r)));
            doc.blank();
            doc.blank();
            doc.signature(r.maker(), ChineseDates.format(r.date()));
            doc.save(target);
        }
    }

    /** 起草说明、制定依据、合法性审核意见各1份: the materials besides the report and the text itself. */
    private static String enclosures(FilingReport r) {
        String others = String.join("、", r.materials().stream()
                .filter(m -> m != FilingMaterial.REPORT && m != FilingMaterial.OFFICIAL_TEXT)
                .map(FilingMaterial::label).toList());
        return others.isEmpty() ? "" : Texts.get("filingReport.enclosures", others);
    }
}
