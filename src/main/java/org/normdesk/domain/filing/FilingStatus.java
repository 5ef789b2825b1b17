package org.normdesk.domain.filing;

import java.time.LocalDate;

import org.normdesk.domain.Labelled;

/**
 * Where a filing stands against its due date. Never stored: {@link #of} derives it from the due
 * date, the submission date and today, and is the only place that knows the rule. Days are
 * calendar days (RULES.md §4: "within 30 days of publication"), so holidays play no part; the
 * due day itself is still on time.
 */
public enum FilingStatus implements Labelled {
    /** Not yet submitted, the due day not yet passed. */
    NOT_SUBMITTED,
    /** Submitted, but there is no due date to hold it against (no 公布日期 on record). */
    SUBMITTED,
    /** Not submitted and the due day has passed. */
    OVERDUE,
    /** Submitted after the due day. */
    LATE,
    /** Submitted on or before the due day. */
    ON_TIME;

    public static FilingStatus of(LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
        if (submittedOn == null) {
            return dueOn != null && today.isAfter(dueOn) ? OVERDUE : NOT_SUBMITTED;
        }
        if (dueOn == null) {
            return SUBMITTED;
        }
        return submittedOn.isAfter(dueOn) ? LATE : ON_TIME;
    }

    public boolean submitted() {
        return this == SUBMITTED || this == LATE || this == ON_TIME;
    }

    /** Late or overdue: the rows shown in red. */
    public boolean behind() {
        return this == OVERDUE || this == LATE;
    }

    /** 是否按期 in the 备案登记表: 是 / 否, empty while nothing can be said yet. */
    public String onTimeText() {
        return switch (this) {
            case ON_TIME -> org.normdesk.domain.Texts.get("filing.onTime.yes");
            case LATE, OVERDUE -> org.normdesk.domain.Texts.get("filing.onTime.no");
            default -> "";
        };
    }

    @Override
    public String labelPrefix() {
        return "filingStatus";
    }
}
