package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.ReviewOpinion;

/**
 * The 合法性审核意见书 as a .docx in the official look: number, addressee, the document reviewed,
 * the overall opinion, numbered findings with their legal basis, the reviewing office and the date.
 */
public final class ReviewOpinionDocx {

    private ReviewOpinionDocx() {
    }

    public static void write(ReviewOpinion o, Path target) throws IOException {
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.title(Texts.get("opinionDoc.title"));
            doc.centered(o.number());
            doc.blank();
            doc.flushLeft(o.addressee() + "：");
            doc.body(Texts.get("opinionDoc.opening", o.documentTitle()));
            doc.heading(Texts.get("opinionDoc.overallHeading"));
            String refinement = o.refinement() == null ? "" : Texts.get("opinionDoc.refinement", o.refinement().label());
            doc.body(Texts.get("opinionDoc.outcome", o.outcome().label()) + refinement);
            if (o.overallOpinion() != null) {
                for (String paragraph : o.overallOpinion().split("\\R+")) {
                    if (!paragraph.isBlank()) {
                        doc.body(paragraph.strip());
                    }
                }
            }
            List<Finding> findings = o.findings();
            if (!findings.isEmpty()) {
                doc.heading(Texts.get("opinionDoc.findingsHeading"));
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    String about = f.articleRef() == null || f.articleRef().isBlank() ? ""
                            : Texts.get("opinionDoc.about", f.articleRef().strip());
                    String basis = f.legalBasis() == null || f.legalBasis().isBlank() ? ""
                            : Texts.get("opinionDoc.basis", f.legalBasis().strip());
                    doc.body("（" + ChineseNumerals.of(i + 1) + "）" + about, OfficialDocx.KAI_FONT,
                            f.opinion().strip() + basis);
                }
            }
            doc.body(Texts.get("opinionDoc.closing"));
            doc.blank();
            doc.blank();
            doc.signature(o.office(), ChineseDates.format(o.date()));
            doc.save(target);
        }
    }
}
