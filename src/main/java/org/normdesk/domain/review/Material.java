package org.normdesk.domain.review;

import java.util.EnumSet;
import java.util.Set;

import org.normdesk.domain.Labelled;

/** 送审材料 (RULES.md §2, 国办发〔2018〕115号). */
public enum Material implements Labelled {
    DRAFT_AND_EXPLANATION,
    LEGAL_BASIS,
    PUBLIC_COMMENTS,
    OWN_LEGAL_OPINION,
    FAIR_COMPETITION,
    OTHER_ASSESSMENT;

    @Override
    public String labelPrefix() {
        return "material";
    }

    /** What a submission must hold; the 公平竞争审查结论 only when the document concerns market entities. */
    public static Set<Material> required(boolean marketRelated) {
        Set<Material> required = EnumSet.of(DRAFT_AND_EXPLANATION, LEGAL_BASIS, PUBLIC_COMMENTS, OWN_LEGAL_OPINION);
        if (marketRelated) {
            required.add(FAIR_COMPETITION);
        }
        return required;
    }
}
