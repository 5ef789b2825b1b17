package org.normdesk.domain.cleanup;

import org.normdesk.domain.Labelled;

/** 清理的种类 (RULES.md §5): 全面清理, 定期清理, 专项清理 (on a theme or an upper-law change). */
public enum CampaignKind implements Labelled {
    COMPREHENSIVE, PERIODIC, SPECIAL;

    @Override
    public String labelPrefix() {
        return "cleanup.kind";
    }
}
