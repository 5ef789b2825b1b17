package org.normdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;

/** Published documents entered into a test register, as an old ledger would bring them in. */
final class CleanupFixture {
    private CleanupFixture() {
    }

    static NormativeDocument published(long issuerId, String title, String docNumber, LocalDate on, LocalDate validUntil,
                                       String text) {
        return NormativeDocument.draft(title, issuerId, DocumentKind.MEASURES).toBuilder()
                .stage(Stage.PUBLISHED).docNumber(docNumber).signedOn(on).publishedOn(on).effectiveOn(on)
                .validUntil(validUntil).fullText(text).build();
    }

    /** {@code n} published documents of one issuer with distinct titles and numbers, made in 2010–2016. */
    static List<NormativeDocument> many(long issuerId, String prefix, int n) {
        List<NormativeDocument> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            LocalDate on = LocalDate.of(2010 + i % 7, 1 + i % 12, 1 + i % 28);
            out.add(published(issuerId, prefix + "第" + i + "号事项管理办法", prefix + "〔" + on.getYear() + "〕" + i + "号",
                    on, null, "第一条 为了规范" + prefix + "第" + i + "号事项，制定本办法。"));
        }
        return out;
    }
}
