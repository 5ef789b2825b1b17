package org.normdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Chinese working-day calendar (RULES.md §6): a day is a working day when it is Monday–Friday
 * and not a listed day off, or when it is a listed 调休 make-up working day. The listed days come
 * from the State Council's annual notices; a year is <em>covered</em> when its notice is known.
 *
 * <p><b>Counting convention</b> (as 民法典 第201条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算):
 * <ul>
 *   <li>{@link #addWorkingDays(LocalDate, int) addWorkingDays(d, n)} is the n-th working day
 *       <em>after</em> d; d itself is never counted, even when it is a working day. n = 0 gives d.</li>
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)} counts the working
 *       days in (a, b]: after a, up to and including b; 0 when b ≤ a. So
 *       {@code workingDaysBetween(d, addWorkingDays(d, n).date()) == n}.</li>
 * </ul>
 *
 * <p>For a day in a year that is not covered, only the weekly rule applies (plus any day listed by
 * hand). Results say which uncovered years they touched, so that callers can flag them
 * ("该年度无节假日数据，按周一至周五计算").
 *
 * <p>Immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {
    /** More than this many working days (about 400 years) is a typing error, not a time limit. */
    public static final int MAX_WORKING_DAYS = 100_000;

    private static final WorkingDayCalendar EMPTY = new WorkingDayCalendar(new TreeMap<>(), new TreeSet<>());

    private final NavigableMap<LocalDate, CalendarDay> days;
    private final SortedSet<Integer> coveredYears;

    private WorkingDayCalendar(NavigableMap<LocalDate, CalendarDay> days, SortedSet<Integer> coveredYears) {
        this.days = Collections.unmodifiableNavigableMap(days);
        this.coveredYears = Collections.unmodifiableSortedSet(coveredYears);
    }

    /**
     * The calendar of these listed days and covered years. When a date is listed more than once, the
     * entry of the highest-ranking source wins (MANUAL over IMPORTED over BUILTIN, see {@link CalendarSource}).
     */
    public static WorkingDayCalendar of(Collection<CalendarDay> listed, Collection<Integer> coveredYears) {
        TreeMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay d : listed) {
            byDate.merge(d.date(), d, (a, b) -> b.source().outranks(a.source()) ? b : a);
        }
        return new WorkingDayCalendar(byDate, new TreeSet<>(coveredYears));
    }

    /** No listed day and no covered year: Monday–Friday only. */
    public static WorkingDayCalendar weekdaysOnly() {
        return EMPTY;
    }

    /** Monday–Friday and not a listed day off, or a listed make-up working day. */
    public boolean isWorkingDay(LocalDate date) {
        CalendarDay listed = days.get(date);
        return listed != null ? !listed.offDay() : CalendarDay.isWeekday(date);
    }

    /** The listed entry (after precedence) for the date, if any. */
    public Optional<CalendarDay> listed(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The listed days (after precedence) falling in the calendar year, in date order. */
    public List<CalendarDay> days(int year) {
        return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the holidays of the date's year are known. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The years from {@code from} to {@code to} (both included) whose holidays are unknown, ascending; empty when to &lt; from. */
    public List<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        List<Integer> result = new ArrayList<>();
        if (to.isBefore(from)) {
            return result;
        }
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!coveredYears.contains(y)) {
                result.add(y);
            }
        }
        return result;
    }

    /**
     * The n-th working day after {@code start} (start not counted; n = 0 gives start itself).
     *
     * @throws IllegalArgumentException when n is negative or above {@link #MAX_WORKING_DAYS}
     */
    public DateResult addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days out of range: " + n);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return new DateResult(d, uncoveredYears(start.plusDays(1), d));
    }

    /** How many working days lie in (from, to]: after from, up to and including to; 0 when to ≤ from. */
    public CountResult workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return new CountResult(count, uncoveredYears(from.plusDays(1), to));
    }

    /** A day found by counting, and the years on the way that were counted by the weekly rule only. */
    public record DateResult(LocalDate date, List<Integer> uncoveredYears) {
        public DateResult {
            uncoveredYears = List.copyOf(uncoveredYears);
        }

        /** Whether some of the counting went by Monday–Friday only, for want of the year's holidays. */
        public boolean weekdaysOnly() {
            return !uncoveredYears.isEmpty();
        }

        /** The sentence to show beside the result, or an empty string when the calendar covered it all. */
        public String notice() {
            return WorkingDayCalendar.notice(uncoveredYears);
        }
    }

    /** A number of working days, and the years on the way that were counted by the weekly rule only. */
    public record CountResult(int count, List<Integer> uncoveredYears) {
        public CountResult {
            uncoveredYears = List.copyOf(uncoveredYears);
        }

        public boolean weekdaysOnly() {
            return !uncoveredYears.isEmpty();
        }

        public String notice() {
            return WorkingDayCalendar.notice(uncoveredYears);
        }
    }

    /** "2027年度无节假日数据，按周一至周五计算。" for the years, or "" when there are none. */
    public static String notice(List<Integer> uncoveredYears) {
        if (uncoveredYears.isEmpty()) {
            return "";
        }
        // Years as text: MessageFormat would print a number as "2,027".
        return Texts.get("calendar.weekdaysOnly",
                uncoveredYears.stream().map(String::valueOf).collect(Collectors.joining("、")));
    }
}
