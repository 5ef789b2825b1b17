package org.normdesk.domain.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;

/**
 * What publication fixes: 文号, 公布日期, 施行日期, 有效期至 (defaulted from the rule pack when left
 * empty), and the reason when the document enters force sooner than the rules' gap after publication.
 */
public record Publication(String docNumber, LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil,
                          String gapReason) {

    /** The last day of the default 有效期: N years from entry into force, the day before the anniversary. */
    public static LocalDate defaultValidUntil(NormativeDocument d, LocalDate effectiveOn, RulePack rules) {
        return effectiveOn.plusYears(rules.defaultValidityYears(d.kind(), d.trial())).minusDays(1);
    }

    /** This publication with its 有效期至 filled in from the rule pack when it was left empty. */
    public Publication withDefaults(NormativeDocument d, RulePack rules) {
        if (validUntil != null || effectiveOn == null) {
            return this;
        }
        return new Publication(docNumber, publishedOn, effectiveOn, defaultValidUntil(d, effectiveOn, rules), gapReason);
    }

    /** Errors block publication; warnings (an early entry into force without a reason) do not. */
    public List<Problem> problems(RulePack rules) {
        List<Problem> problems = new ArrayList<>();
        if (docNumber == null || docNumber.isBlank()) {
            problems.add(Problem.error("docNumber", "guard.publish.docNumber"));
        } else if (DocNumber.parse(docNumber).isEmpty()) {
            problems.add(Problem.error("docNumber", "validation.docNumber.shape", docNumber.strip()));
        }
        if (publishedOn == null) {
            problems.add(Problem.error("publishedOn", "guard.publish.publishedOn"));
        }
        if (effectiveOn == null) {
            problems.add(Problem.error("effectiveOn", "guard.publish.effectiveOn"));
        }
        if (publishedOn != null && effectiveOn != null) {
            long gap = ChronoUnit.DAYS.between(publishedOn, effectiveOn);
            if (gap < 0) {
                problems.add(Problem.error("effectiveOn", "publish.effectiveBeforePublished"));
            } else if (gap < rules.effectiveGapDays() && (gapReason == null || gapReason.isBlank())) {
                problems.add(Problem.warning("effectiveOn", "publish.gapShort", gap, rules.effectiveGapDays()));
            }
        }
        if (validUntil != null && effectiveOn != null && !validUntil.isAfter(effectiveOn)) {
            problems.add(Problem.error("validUntil", "validation.date.validUntilBeforeEffective"));
        }
        return problems;
    }
}
