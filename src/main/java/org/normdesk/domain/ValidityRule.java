package org.normdesk.domain;

import java.time.LocalDate;

/**
 * Derives a document's 时效性 from its stage, dates and decisions. This is the only place that
 * knows the rule; the store keeps the result together with the day the result next changes by the
 * mere passing of time, so that a daily refresh touches only the rows whose day has come.
 */
public final class ValidityRule {

    /** The derived 时效性 (null while the document is not published) and the next day it changes (null: never by itself). */
    public record Derived(Validity validity, LocalDate changesOn) {
    }

    private ValidityRule() {
    }

    public static Derived derive(Stage stage, LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil,
                                 EndOfForce endOfForce, LocalDate endOfForceOn, LocalDate today) {
        if (stage != Stage.PUBLISHED) {
            return new Derived(null, null);
        }
        LocalDate endDecisionLater = null;
        if (endOfForce != null) {
            if (endOfForceOn == null || !today.isBefore(endOfForceOn)) {
                return new Derived(endOfForce.validity(), null);
            }
            endDecisionLater = endOfForceOn;
        }
        LocalDate start = effectiveOn != null ? effectiveOn : publishedOn;
        if (start != null && today.isBefore(start)) {
            return new Derived(Validity.NOT_YET_EFFECTIVE, earlier(start, endDecisionLater));
        }
        // 有效期至 is the last day in force; the day after, the document has expired by itself.
        if (validUntil != null && today.isAfter(validUntil)) {
            return new Derived(Validity.EXPIRED, null);
        }
        LocalDate expiry = validUntil == null ? null : validUntil.plusDays(1);
        return new Derived(Validity.IN_FORCE, earlier(expiry, endDecisionLater));
    }

    public static Derived derive(NormativeDocument d, LocalDate today) {
        return derive(d.stage(), d.publishedOn(), d.effectiveOn(), d.validUntil(), d.endOfForce(), d.endOfForceOn(), today);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
