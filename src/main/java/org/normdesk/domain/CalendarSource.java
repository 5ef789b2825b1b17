package org.normdesk.domain;

/**
 * Where a day of the working-day calendar comes from. When one date is listed by more than one
 * source, the later constant wins: a {@link #MANUAL} override beats an {@link #IMPORTED} year,
 * which beats the {@link #BUILTIN} data shipped with normdesk.
 */
public enum CalendarSource implements Labelled {
    /** Shipped with normdesk (国务院办公厅 notices, 2015–2026 in this release). */
    BUILTIN,
    /** Taken by the office from a file (a newer year, or a corrected one). */
    IMPORTED,
    /** Set by hand for one date. */
    MANUAL;

    @Override
    public String labelPrefix() {
        return "calendarSource";
    }

    /** Whether this source's entry for a date replaces the other's. */
    public boolean outranks(CalendarSource other) {
        return other == null || compareTo(other) > 0;
    }
}
