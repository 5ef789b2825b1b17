package org.normdesk.domain.review;

import java.time.LocalDate;

import org.normdesk.domain.Deadline;
import org.normdesk.domain.WorkingDayCalendar;

/**
 * Where a review stands against its time limit on a given day: the due date, the working days
 * left (negative when overdue), the state the screens colour, and whether the count fell in a year
 * without holiday data (then Monday–Friday only, which the screens must say).
 */
public record ReviewDeadline(LocalDate dueOn, int workingDaysLeft, State state, boolean weekdaysOnly) {

    public enum State { NOT_STARTED, RUNNING, DUE_SOON, OVERDUE, DONE, DONE_LATE }

    /** Two working days or fewer left count as due soon. */
    public static final int DUE_SOON_DAYS = 2;

    public static ReviewDeadline of(ReviewCase c, LocalDate today, WorkingDayCalendar calendar) {
        if (c.clockStartedOn() == null) {
            return new ReviewDeadline(null, 0, State.NOT_STARTED, false);
        }
        Deadline d = Deadline.of(calendar, c.clockStartedOn(), c.reviewDays() + c.extensionDays());
        LocalDate end = c.isFinished() ? c.finishedOn() : today;
        boolean weekdaysOnly = d.weekdaysOnly() || !calendar.uncoveredYears(c.clockStartedOn(),
                end.isAfter(d.due()) ? end : d.due()).isEmpty();
        if (c.isFinished()) {
            return new ReviewDeadline(d.due(), 0, d.isOverdue(c.finishedOn()) ? State.DONE_LATE : State.DONE,
                    weekdaysOnly);
        }
        int left = d.workingDaysLeft(calendar, today);
        State state = d.isOverdue(today) ? State.OVERDUE : left <= DUE_SOON_DAYS ? State.DUE_SOON : State.RUNNING;
        return new ReviewDeadline(d.due(), left, state, weekdaysOnly);
    }
}
