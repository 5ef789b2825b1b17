package org.normdesk.domain.review;

import java.time.LocalDate;

import org.normdesk.domain.WorkdayCounter;

/**
 * Where a review stands against its time limit on a given day: the due date, the working days
 * left (negative when overdue) and the state the screens colour.
 */
public record ReviewDeadline(LocalDate dueOn, int workingDaysLeft, State state) {

    public enum State { NOT_STARTED, RUNNING, DUE_SOON, OVERDUE, DONE, DONE_LATE }

    /** Two working days or fewer left count as due soon. */
    public static final int DUE_SOON_DAYS = 2;

    public static ReviewDeadline of(ReviewCase c, LocalDate today, WorkdayCounter days) {
        if (c.clockStartedOn() == null) {
            return new ReviewDeadline(null, 0, State.NOT_STARTED);
        }
        LocalDate due = days.add(c.clockStartedOn(), c.reviewDays() + c.extensionDays());
        if (c.isFinished()) {
            return new ReviewDeadline(due, 0, c.finishedOn().isAfter(due) ? State.DONE_LATE : State.DONE);
        }
        if (today.isAfter(due)) {
            return new ReviewDeadline(due, -days.between(due, today), State.OVERDUE);
        }
        int left = days.between(today, due);
        return new ReviewDeadline(due, left, left <= DUE_SOON_DAYS ? State.DUE_SOON : State.RUNNING);
    }
}
