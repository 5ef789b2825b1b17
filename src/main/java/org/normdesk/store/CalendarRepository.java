package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.CALENDAR_DAY;
import static org.normdesk.store.jooq.Tables.CALENDAR_YEAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarSource;
import org.normdesk.domain.CalendarYear;

/**
 * The days and covered years of the working-day calendar. A date holds at most one row per
 * {@link CalendarSource}; which one counts is the domain's rule (see {@link org.normdesk.domain.WorkingDayCalendar}).
 */
public final class CalendarRepository {
    private final DSLContext dsl;

    public CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every stored day of every source, in date order. */
    public List<CalendarDay> allDays() {
        return dsl.selectFrom(CALENDAR_DAY).orderBy(CALENDAR_DAY.CAL_DATE, CALENDAR_DAY.SOURCE)
                .fetch(CalendarRepository::toDay);
    }

    /** The days of one source, in date order. */
    public List<CalendarDay> days(CalendarSource source) {
        return dsl.selectFrom(CALENDAR_DAY).where(CALENDAR_DAY.SOURCE.eq(source.name()))
                .orderBy(CALENDAR_DAY.CAL_DATE)
                .fetch(CalendarRepository::toDay);
    }

    /** The days of one source grouped by the year of the notice that lists them. */
    public Map<Integer, List<CalendarDay>> daysByNoticeYear(CalendarSource source) {
        Map<Integer, List<CalendarDay>> result = new TreeMap<>();
        dsl.selectFrom(CALENDAR_DAY).where(CALENDAR_DAY.SOURCE.eq(source.name()))
                .orderBy(CALENDAR_DAY.CAL_DATE)
                .forEach(r -> result.computeIfAbsent(r.getNoticeYear(), y -> new ArrayList<>()).add(toDay(r)));
        return result;
    }

    public Optional<CalendarDay> find(LocalDate date, CalendarSource source) {
        return dsl.selectFrom(CALENDAR_DAY)
                .where(CALENDAR_DAY.CAL_DATE.eq(date).and(CALENDAR_DAY.SOURCE.eq(source.name())))
                .fetchOptional(CalendarRepository::toDay);
    }

    /** Writes the day under its source, replacing that source's earlier row for the date. */
    public void put(CalendarDay day, int noticeYear, LocalDateTime now) {
        dsl.mergeInto(CALENDAR_DAY)
                .using(dsl.selectOne())
                .on(CALENDAR_DAY.CAL_DATE.eq(day.date()).and(CALENDAR_DAY.SOURCE.eq(day.source().name())))
                .whenMatchedThenUpdate()
                .set(CALENDAR_DAY.OFF_DAY, day.offDay())
                .set(CALENDAR_DAY.DAY_NAME, day.name())
                .set(CALENDAR_DAY.NOTICE_YEAR, noticeYear)
                .set(CALENDAR_DAY.UPDATED_AT, now)
                .whenNotMatchedThenInsert(CALENDAR_DAY.CAL_DATE, CALENDAR_DAY.SOURCE, CALENDAR_DAY.OFF_DAY,
                        CALENDAR_DAY.DAY_NAME, CALENDAR_DAY.NOTICE_YEAR, CALENDAR_DAY.UPDATED_AT)
                .values(day.date(), day.source().name(), day.offDay(), day.name(), noticeYear, now)
                .execute();
    }

    /**
     * Writes the days of one notice year, replacing any earlier rows of the same dates and sources
     * (a December day may already be listed under another notice year). One statement per call, so
     * that a year of a few dozen days goes in at once.
     */
    public void putAll(Collection<CalendarDay> days, int noticeYear, LocalDateTime now) {
        if (days.isEmpty()) {
            return;
        }
        for (CalendarSource source : CalendarSource.values()) {
            List<LocalDate> dates = days.stream().filter(d -> d.source() == source).map(CalendarDay::date).toList();
            if (!dates.isEmpty()) {
                dsl.deleteFrom(CALENDAR_DAY)
                        .where(CALENDAR_DAY.SOURCE.eq(source.name()).and(CALENDAR_DAY.CAL_DATE.in(dates)))
                        .execute();
            }
        }
        var insert = dsl.insertInto(CALENDAR_DAY, CALENDAR_DAY.CAL_DATE, CALENDAR_DAY.SOURCE, CALENDAR_DAY.OFF_DAY,
                CALENDAR_DAY.DAY_NAME, CALENDAR_DAY.NOTICE_YEAR, CALENDAR_DAY.UPDATED_AT);
        for (CalendarDay d : days) {
            insert = insert.values(d.date(), d.source().name(), d.offDay(), d.name(), noticeYear, now);
        }
        insert.execute();
    }

    /** Removes one source's row for the date; whether there was one. */
    public boolean delete(LocalDate date, CalendarSource source) {
        return dsl.deleteFrom(CALENDAR_DAY)
                .where(CALENDAR_DAY.CAL_DATE.eq(date).and(CALENDAR_DAY.SOURCE.eq(source.name())))
                .execute() > 0;
    }

    /** Removes the days that the notice of that year listed, from those sources; how many went. */
    public int deleteNoticeYear(int noticeYear, Collection<CalendarSource> sources) {
        return dsl.deleteFrom(CALENDAR_DAY)
                .where(CALENDAR_DAY.NOTICE_YEAR.eq(noticeYear)
                        .and(CALENDAR_DAY.SOURCE.in(sources.stream().map(Enum::name).toList())))
                .execute();
    }

    /** The covered years, ascending. */
    public List<CalendarYear> years() {
        return dsl.selectFrom(CALENDAR_YEAR).orderBy(CALENDAR_YEAR.CAL_YEAR)
                .fetch(r -> new CalendarYear(r.getCalYear(), CalendarSource.valueOf(r.getSource()), r.getUpdatedAt()));
    }

    public Optional<CalendarYear> year(int year) {
        return dsl.selectFrom(CALENDAR_YEAR).where(CALENDAR_YEAR.CAL_YEAR.eq(year))
                .fetchOptional(r -> new CalendarYear(r.getCalYear(), CalendarSource.valueOf(r.getSource()),
                        r.getUpdatedAt()));
    }

    /** Marks the year as covered by that source. */
    public void putYear(int year, CalendarSource source, LocalDateTime now) {
        dsl.mergeInto(CALENDAR_YEAR)
                .using(dsl.selectOne())
                .on(CALENDAR_YEAR.CAL_YEAR.eq(year))
                .whenMatchedThenUpdate()
                .set(CALENDAR_YEAR.SOURCE, source.name())
                .set(CALENDAR_YEAR.UPDATED_AT, now)
                .whenNotMatchedThenInsert(CALENDAR_YEAR.CAL_YEAR, CALENDAR_YEAR.SOURCE, CALENDAR_YEAR.UPDATED_AT)
                .values(year, source.name(), now)
                .execute();
    }

    private static CalendarDay toDay(Record r) {
        return new CalendarDay(r.get(CALENDAR_DAY.CAL_DATE), r.get(CALENDAR_DAY.OFF_DAY), r.get(CALENDAR_DAY.DAY_NAME),
                CalendarSource.valueOf(r.get(CALENDAR_DAY.SOURCE)));
    }
}
