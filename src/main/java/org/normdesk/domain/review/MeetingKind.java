package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** 集体审议 meetings (RULES.md §1): the government's 常务会议 or 全体会议, a department's 办公会议. */
public enum MeetingKind implements Labelled {
    STANDING,
    PLENARY,
    DEPARTMENT_OFFICE;

    @Override
    public String labelPrefix() {
        return "meeting";
    }
}
