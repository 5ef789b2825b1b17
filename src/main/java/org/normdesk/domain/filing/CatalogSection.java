package org.normdesk.domain.filing;

import org.normdesk.domain.Labelled;

/** The three parts of the 年度规范性文件目录 (RULES.md §4): documents made, amended and repealed in the year. */
public enum CatalogSection implements Labelled {
    MADE,
    AMENDED,
    REPEALED;

    @Override
    public String labelPrefix() {
        return "catalogSection";
    }
}
