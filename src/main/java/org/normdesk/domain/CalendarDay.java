package org.normdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A listed day of the working-day calendar: a day off (放假, {@code offDay}) or a 调休 make-up
 * working day that falls on a weekend ({@code !offDay}), with the name of its holiday (元旦, 春节…).
 * Days that are not listed follow the weekly rule (Monday–Friday working).
 */
public record CalendarDay(LocalDate date, boolean offDay, String name, CalendarSource source) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Whether the day is a working day by the weekly rule alone (Monday–Friday). */
    public static boolean isWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    public CalendarDay withSource(CalendarSource newSource) {
        return new CalendarDay(date, offDay, name, newSource);
    }
}
