package org.normdesk.domain;

import java.util.List;

/** 文种. The label is also the word that ends a title of that kind (…管理办法, …实施意见). */
public enum DocumentKind implements Labelled {
    MEASURES,
    PROVISIONS,
    RULES,
    OPINIONS,
    DECISION,
    NOTICE,
    ANNOUNCEMENT,
    PLAN,
    OTHER;

    /** Title endings, longest first so that 实施细则 wins over 细则-less guesses. */
    private static final List<DocumentKind> BY_TITLE = List.of(RULES, MEASURES, PROVISIONS, OPINIONS,
            DECISION, ANNOUNCEMENT, NOTICE, PLAN);

    @Override
    public String labelPrefix() {
        return "documentKind";
    }

    /** The kind a title names by its last word, ignoring a trailing （试行）; OTHER when none fits. */
    public static DocumentKind guessFromTitle(String title) {
        if (title == null) {
            return OTHER;
        }
        String t = title.strip().replaceAll("[（(](试行|暂行)[）)]$", "");
        for (DocumentKind kind : BY_TITLE) {
            if (t.endsWith(kind.label())) {
                return kind;
            }
        }
        return OTHER;
    }
}
