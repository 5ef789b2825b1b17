package org.normdesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A time limit of a number of working days counted from a start day, which is not counted
 * (e.g. 合法性审核: 15 working days from the day the materials became complete, RULES.md §2).
 * {@code due} is the last day on which the work is in time.
 */
public record Deadline(LocalDate start, int workingDays, LocalDate due, List<Integer> uncoveredYears) {

    public Deadline {
        uncoveredYears = List.copyOf(uncoveredYears);
    }

    /** The limit of {@code workingDays} working days after {@code start} on this calendar. */
    public static Deadline of(WorkingDayCalendar calendar, LocalDate start, int workingDays) {
        WorkingDayCalendar.DateResult due = calendar.addWorkingDays(start, workingDays);
        return new Deadline(start, workingDays, due.date(), due.uncoveredYears());
    }

    /** Whether the due day was worked out partly by Monday–Friday only (see {@link WorkingDayCalendar#notice}). */
    public boolean weekdaysOnly() {
        return !uncoveredYears.isEmpty();
    }

    /** Past the due day. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }

    /**
     * Working days still left after today up to the due day (0 on the due day itself); when overdue,
     * minus the working days since the due day (which may be 0 on a weekend just after it, so ask
     * {@link #isOverdue} for the status).
     */
    public int workingDaysLeft(WorkingDayCalendar calendar, LocalDate today) {
        return isOverdue(today) ? -calendar.workingDaysBetween(due, today).count()
                : calendar.workingDaysBetween(today, due).count();
    }
}
