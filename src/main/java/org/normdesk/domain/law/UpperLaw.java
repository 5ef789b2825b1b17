package org.normdesk.domain.law;

import java.time.LocalDate;

/**
 * 上位法: a law, regulation or rule that documents cite. Built-in rows (national laws and
 * administrative regulations) come with normdesk; an office adds provincial and city rules.
 *
 * @param level      宪法, 法律, 行政法规, 地方性法规, 政府规章 …
 * @param madeOn     the day it was first adopted or promulgated
 * @param amendedOn  its latest 修正/修订, if any
 * @param statusOn   the day it was repealed (已废止) or the amendment took effect (已修改)
 * @param replacedBy the law that replaced it, if any (民法典 for 合同法)
 * @param source     BUILT_IN, IMPORTED or USER
 */
public record UpperLaw(Long id, String name, String level, String issuer, LocalDate madeOn, LocalDate effectiveOn,
                       LocalDate amendedOn, LawStatus status, LocalDate statusOn, String replacedBy, String note,
                       String source, int version) {

    public static final String BUILT_IN = "BUILT_IN";
    public static final String IMPORTED = "IMPORTED";
    public static final String USER = "USER";

    public UpperLaw withStatus(LawStatus newStatus, LocalDate on, String newReplacedBy) {
        return new UpperLaw(id, name, level, issuer, madeOn, effectiveOn,
                newStatus == LawStatus.AMENDED && on != null ? on : amendedOn, newStatus, on, newReplacedBy, note,
                source, version);
    }

    public UpperLaw withId(long newId) {
        return new UpperLaw(newId, name, level, issuer, madeOn, effectiveOn, amendedOn, status, statusOn, replacedBy,
                note, source, version);
    }

    /** The name a citation of this law is matched under, see {@link LawNames#key}. */
    public String key() {
        return LawNames.key(name);
    }
}
