package org.normdesk.domain.filing;

import java.time.LocalDate;

import org.normdesk.domain.IssuerCategory;

/**
 * A filing with what the lists and the 备案登记表 show of its document and authority; the status
 * is derived as of the day the row was read.
 */
public record FilingRow(Filing filing, String authority, FilingDirection direction, String title, String docNumber,
                        String registrationNumber, String issuer, IssuerCategory issuerCategory,
                        LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil, FilingStatus status) {

    public long id() {
        return filing.id();
    }

    /** 备注 of the register: what is still open or was asked for. */
    public String remark() {
        StringBuilder b = new StringBuilder();
        Filing f = filing;
        if (f.submission() != null && !f.missing().isEmpty()) {
            b.append(org.normdesk.domain.Texts.get("filing.remark.missing", Materials.labels(f.missing())));
        }
        if (f.registration() != null && f.registration().result() == RegistrationResult.DEFERRED) {
            append(b, org.normdesk.domain.Texts.get("filing.remark.correctionDue", f.registration().correctionDue()));
        }
        if (f.followUp() != null && f.followUp().answeredOn() == null) {
            append(b, org.normdesk.domain.Texts.get("filing.remark.answerDue", f.followUp().answerDue()));
        }
        if (f.note() != null && !f.note().isBlank()) {
            append(b, f.note().strip());
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (b.length() > 0) {
            b.append("；");
        }
        b.append(s);
    }
}
