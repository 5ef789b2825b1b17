package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar cal = BuiltInCalendarFixture.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void builtInDataCoversTheYearsOfTheNotices() {
        assertThat(cal.coveredYears()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
                2025, 2026);
        // 元旦 2019 began on 2018-12-30; the Saturday before was worked (2019 notice).
        assertThat(cal.isWorkingDay(d("2018-12-29"))).isTrue();
        assertThat(cal.isWorkingDay(d("2018-12-31"))).isFalse();
    }

    @Test
    void springFestival2020ExtendedByTheStateCouncilTo2February() {
        // 国务院办公厅关于延长2020年春节假期的通知 (2020-01-27): the break of 1月24日–30日 runs on to
        // 2月2日 (Sunday); 2月1日 (Saturday), first announced as a make-up working day, is off too.
        for (LocalDate day = d("2020-01-24"); !day.isAfter(d("2020-02-02")); day = day.plusDays(1)) {
            assertThat(cal.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(cal.listed(d("2020-01-31"))).get().extracting(CalendarDay::name).isEqualTo("春节");
        assertThat(cal.isWorkingDay(d("2020-01-19"))).as("Sunday make-up day before the break").isTrue();
        assertThat(cal.isWorkingDay(d("2020-02-03"))).isTrue();

        assertThat(cal.addWorkingDays(d("2020-01-23"), 1).date()).isEqualTo(d("2020-02-03"));
        assertThat(cal.workingDaysBetween(d("2020-01-23"), d("2020-02-07")).count()).isEqualTo(5);
    }

    @Test
    void nationalDayAndMidAutumn2025WithTheirMakeUpWeekendDays() {
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(cal.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(d("2025-09-28").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(cal.isWorkingDay(d("2025-09-28"))).isTrue();
        assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(cal.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(cal.isWorkingDay(d("2025-10-12"))).as("an ordinary Sunday").isFalse();
        assertThat(cal.isWorkingDay(d("2025-10-09"))).isTrue();

        assertThat(cal.addWorkingDays(d("2025-09-30"), 1).date()).isEqualTo(d("2025-10-09"));
        // (9-30, 10-12]: 10-09 Thu, 10-10 Fri, 10-11 Sat (make-up).
        assertThat(cal.workingDaysBetween(d("2025-09-30"), d("2025-10-12")).count()).isEqualTo(3);
    }

    @Test
    void fifteenWorkingDaysFromTheMakeUpSundayBeforeNationalDay2025() {
        // 9-29 (1), 9-30 (2), 10-01..08 off, 10-09 (3), 10-10 (4), 10-11 Sat make-up (5), 10-13..17 (6-10),
        // 10-20..24 (11-15).
        WorkingDayCalendar.DateResult due = cal.addWorkingDays(d("2025-09-28"), 15);
        assertThat(due.date()).isEqualTo(d("2025-10-24"));
        assertThat(due.weekdaysOnly()).isFalse();
        assertThat(due.notice()).isEmpty();
        assertThat(cal.workingDaysBetween(d("2025-09-28"), d("2025-10-20")).count()).isEqualTo(11);
    }

    @Test
    void countingAcrossNewYear2025SkipsYuandan() {
        assertThat(cal.addWorkingDays(d("2024-12-30"), 2).date()).isEqualTo(d("2025-01-02"));
        assertThat(cal.addWorkingDays(d("2024-12-27"), 3).date()).isEqualTo(d("2025-01-02"));
        WorkingDayCalendar.CountResult n = cal.workingDaysBetween(d("2024-12-27"), d("2025-01-03"));
        assertThat(n.count()).as("12-30, 12-31, 01-02, 01-03").isEqualTo(4);
        assertThat(n.uncoveredYears()).isEmpty();
    }

    @Test
    void countingIntoAYearWithoutDataGoesByWeekdaysAndSaysSo() {
        assertThat(cal.covers(d("2026-12-31"))).isTrue();
        assertThat(cal.covers(d("2027-01-01"))).isFalse();

        // 12-31 Thu (1), 2027-01-01 Fri (2: no 2027 data, so a weekday counts), 01-04 Mon (3).
        WorkingDayCalendar.DateResult due = cal.addWorkingDays(d("2026-12-30"), 3);
        assertThat(due.date()).isEqualTo(d("2027-01-04"));
        assertThat(due.uncoveredYears()).containsExactly(2027);
        assertThat(due.weekdaysOnly()).isTrue();
        assertThat(due.notice()).isEqualTo("2027年度无节假日数据，按周一至周五计算。");

        WorkingDayCalendar.CountResult n = cal.workingDaysBetween(d("2026-12-31"), d("2027-01-08"));
        assertThat(n.count()).isEqualTo(6);
        assertThat(n.uncoveredYears()).containsExactly(2027);

        assertThat(cal.addWorkingDays(d("2026-12-30"), 1).uncoveredYears()).as("stays in 2026").isEmpty();
        assertThat(cal.uncoveredYears(d("2025-06-01"), d("2028-06-01"))).containsExactly(2027, 2028);
        assertThat(cal.uncoveredYears(d("2014-06-01"), d("2015-06-01"))).containsExactly(2014);
    }

    @Test
    void betweenCountsAfterTheStartUpToAndIncludingTheEnd() {
        LocalDate friday = d("2025-03-14");
        assertThat(cal.workingDaysBetween(friday, friday).count()).isZero();
        assertThat(cal.workingDaysBetween(friday, d("2025-03-13")).count()).as("end before start").isZero();
        assertThat(cal.workingDaysBetween(d("2025-03-13"), friday).count()).as("Friday counted, Thursday not")
                .isEqualTo(1);
        assertThat(cal.workingDaysBetween(friday, d("2025-03-16")).count()).as("weekend only").isZero();
        assertThat(cal.workingDaysBetween(friday, d("2025-03-17")).count()).isEqualTo(1);
    }

    @Test
    void addAndBetweenAreInverse() {
        for (LocalDate start = d("2024-12-20"); start.isBefore(d("2025-02-20")); start = start.plusDays(3)) {
            for (int n = 0; n <= 25; n++) {
                LocalDate due = cal.addWorkingDays(start, n).date();
                assertThat(cal.workingDaysBetween(start, due).count()).as(start + " + " + n).isEqualTo(n);
                if (n > 0) {
                    assertThat(cal.isWorkingDay(due)).isTrue();
                }
            }
        }
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItselfAndNegativeIsRefused() {
        assertThat(cal.addWorkingDays(d("2025-10-01"), 0).date()).isEqualTo(d("2025-10-01"));
        assertThat(cal.addWorkingDays(d("2027-03-01"), 0).uncoveredYears()).as("nothing counted").isEmpty();
        assertThatThrownBy(() -> cal.addWorkingDays(d("2025-10-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aManualDayOutranksTheNoticeAndCountsEvenInAnUncoveredYear() {
        WorkingDayCalendar c = WorkingDayCalendar.of(List.of(
                new CalendarDay(d("2025-10-08"), false, "补班", CalendarSource.MANUAL),
                new CalendarDay(d("2025-10-08"), true, "国庆节", CalendarSource.BUILTIN),
                new CalendarDay(d("2025-10-09"), true, "国庆节", CalendarSource.BUILTIN),
                new CalendarDay(d("2025-10-09"), false, null, CalendarSource.IMPORTED),
                new CalendarDay(d("2027-01-01"), true, "元旦", CalendarSource.MANUAL)), List.of(2025));
        assertThat(c.isWorkingDay(d("2025-10-08"))).isTrue();
        assertThat(c.listed(d("2025-10-08"))).get().extracting(CalendarDay::source).isEqualTo(CalendarSource.MANUAL);
        assertThat(c.isWorkingDay(d("2025-10-09"))).as("IMPORTED over BUILTIN").isTrue();
        assertThat(c.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(c.days(2025)).hasSize(2);
        assertThat(WorkingDayCalendar.weekdaysOnly().isWorkingDay(d("2025-10-01"))).isTrue();
    }

    @Test
    void aDeadlineKnowsHowManyWorkingDaysAreLeft() {
        Deadline review = Deadline.of(cal, d("2025-09-28"), 15);
        assertThat(review.due()).isEqualTo(d("2025-10-24"));
        assertThat(review.weekdaysOnly()).isFalse();
        assertThat(review.workingDaysLeft(cal, d("2025-10-20"))).isEqualTo(4);
        assertThat(review.workingDaysLeft(cal, d("2025-10-24"))).isZero();
        assertThat(review.isOverdue(d("2025-10-24"))).isFalse();
        assertThat(review.isOverdue(d("2025-10-25"))).isTrue();
        assertThat(review.workingDaysLeft(cal, d("2025-10-27"))).isEqualTo(-1);
        assertThat(Deadline.of(cal, d("2026-12-20"), 15).uncoveredYears()).containsExactly(2027);
    }

    @Test
    void datesAreReadAsTypedAndImpossibleOnesRefused() {
        assertThat(DateText.parse("2025-09-28")).contains(d("2025-09-28"));
        assertThat(DateText.parse(" 2025/9/28 ")).contains(d("2025-09-28"));
        assertThat(DateText.parse("2025年9月28日")).contains(d("2025-09-28"));
        assertThat(DateText.parse("2025-02-30")).isEmpty();
        assertThat(DateText.parse("2024-02-29")).contains(d("2024-02-29"));
        assertThat(DateText.parse("28.9.2025")).isEmpty();
        assertThat(DateText.parse(null)).isEmpty();
    }

    @Test
    void sourcesHaveLabels() {
        for (CalendarSource s : CalendarSource.values()) {
            assertThat(s.label()).doesNotStartWith("!");
        }
    }
}
