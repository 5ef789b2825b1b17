package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarSource;
import org.normdesk.domain.CalendarYear;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.WorkingDayCalendar;

class CalendarServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 9, 28).atStartOfDay(ZONE).toInstant(), ZONE);

    /** A made-up 2027: 元旦 on Friday 1 January, an invented day off on Monday 4 January, Saturday 9 January worked. */
    private static final String FAKE_2027 = """
            {"year": 2027, "papers": [], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-04", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-09", "isOffDay": false}
            ]}""";

    @TempDir
    Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Services open() {
        return Services.open(dir, CLOCK, "tester");
    }

    @Test
    void theBuiltInYearsArePresentAfterOpening() {
        try (Services s = open()) {
            assertThat(s.calendar().years()).extracting(CalendarYear::year)
                    .containsExactlyElementsOf(IntStream.rangeClosed(2015, 2026).boxed().toList());
            assertThat(s.calendar().years()).extracting(CalendarYear::source).containsOnly(CalendarSource.BUILTIN);
            WorkingDayCalendar cal = s.calendar().current();
            assertThat(cal.isWorkingDay(d("2025-09-28"))).isTrue();
            assertThat(cal.isWorkingDay(d("2025-10-08"))).isFalse();
            assertThat(cal.isWorkingDay(d("2020-02-01"))).isFalse();
            assertThat(cal.addWorkingDays(d("2025-09-28"), 15).date()).isEqualTo(d("2025-10-24"));
            assertThat(s.calendar().seedBuiltIn()).as("nothing more to seed").isEmpty();
        }
        try (Services s = open()) {
            assertThat(s.calendar().years()).hasSize(12);
        }
    }

    @Test
    void importingANewYearChangesTheCountAndEndsTheWeekdayOnlyFlag() {
        try (Services s = open()) {
            WorkingDayCalendar.CountResult before = s.calendar().current()
                    .workingDaysBetween(d("2026-12-31"), d("2027-01-09"));
            assertThat(before.count()).as("Mon–Fri: 1, 4, 5, 6, 7, 8 January").isEqualTo(6);
            assertThat(before.uncoveredYears()).containsExactly(2027);

            CalendarService.ImportResult result = s.calendar().importJson(FAKE_2027);
            assertThat(result).isEqualTo(new CalendarService.ImportResult(2027, 3, null));

            WorkingDayCalendar.CountResult after = s.calendar().current()
                    .workingDaysBetween(d("2026-12-31"), d("2027-01-09"));
            assertThat(after.count()).as("5, 6, 7, 8 January and Saturday the 9th").isEqualTo(5);
            assertThat(after.weekdaysOnly()).isFalse();
            assertThat(s.calendar().years()).filteredOn(y -> y.year() == 2027).singleElement()
                    .extracting(CalendarYear::source).isEqualTo(CalendarSource.IMPORTED);
        }
        try (Services s = open()) {
            assertThat(s.calendar().current().covers(d("2027-06-01"))).isTrue();
            assertThat(s.calendar().current().isWorkingDay(d("2027-01-04"))).isFalse();
        }
    }

    @Test
    void anImportedYearReplacesTheBuiltInOneAndIsNeverSeededOver() {
        try (Services s = open()) {
            // A correction of 2025 that knows only 国庆: 2025-01-01 (元旦) is then an ordinary Wednesday.
            CalendarService.ImportResult r = s.calendar().importCsv("""
                    date,isOffDay,name
                    2025-10-01,休,国庆节
                    2025-10-11,班,国庆节
                    """);
            assertThat(r.replaced()).isEqualTo(CalendarSource.BUILTIN);
            assertThat(s.calendar().current().isWorkingDay(d("2025-01-01"))).isTrue();
        }
        try (Services s = open()) {
            assertThat(s.calendar().current().isWorkingDay(d("2025-01-01"))).as("not seeded again").isTrue();
            assertThat(s.calendar().current().days(2025)).hasSize(2);
            assertThat(s.calendar().current().isWorkingDay(d("2024-10-01"))).as("other years untouched").isFalse();
        }
    }

    @Test
    void aRefusedFileSavesNothingAndSaysWhyInChinese() {
        try (Services s = open()) {
            assertThatThrownBy(() -> s.calendar().importJson("{\"year\": 2027, \"days\": [ {\"date\": "))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("节假日文件未导入：JSON 格式有误")
                    .hasMessageEndingWith("数据未作任何改动。");
            assertThatThrownBy(() -> s.calendar().importJson("""
                    {"year": 2027, "days": [
                      {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                      {"name": "春节", "date": "2027-02-30", "isOffDay": true},
                      {"name": "春节", "date": "2028-02-07", "isOffDay": true}
                    ]}"""))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("第2项：日期“2027-02-30”无法识别")
                    .hasMessageContaining("第3项：日期 2028-02-07 不在 2027 年度内");
            assertThatThrownBy(() -> s.calendar().importJson("{\"year\": 2027, \"days\": []}"))
                    .hasMessageContaining("文件中没有任何日期");
            assertThatThrownBy(() -> s.calendar().importJson(""))
                    .hasMessageContaining("文件中没有任何日期");
            assertThatThrownBy(() -> s.calendar().importCsv("date,isOffDay,name\n2025-10-01,maybe,国庆节\n"))
                    .hasMessageContaining("第2行：“maybe”无法识别");
            assertThatThrownBy(() -> s.calendar().importCsv("2027-02-30,休,春节\n2027-01-01,休,元旦\n"))
                    .as("no header: the first line is data, not skipped")
                    .hasMessageContaining("第1行：日期“2027-02-30”无法识别");
            // A broken correction of a built-in year leaves that year as it was.
            assertThatThrownBy(() -> s.calendar().importCsv("date,isOffDay,name\n2025-10-01,休,国庆节\n2025-13-01,休,x\n"))
                    .isInstanceOf(RuleViolation.class);

            assertThat(s.calendar().years()).extracting(CalendarYear::year).doesNotContain(2027);
            assertThat(s.calendar().years()).filteredOn(y -> y.year() == 2025).singleElement()
                    .extracting(CalendarYear::source).isEqualTo(CalendarSource.BUILTIN);
            assertThat(s.calendar().current().listed(d("2027-01-01"))).isEmpty();
            assertThat(s.calendar().current().isWorkingDay(d("2025-01-01"))).isFalse();
        }
    }

    @Test
    void aManualOverrideChangesTheResultAndSurvivesReopening() {
        try (Services s = open()) {
            CalendarDay set = s.calendar().setOverride(d("2025-10-09"), true, " 防汛调休 ");
            assertThat(set.name()).isEqualTo("防汛调休");
            // One working day fewer before 10-24, so the 15th is the next working day, Monday 10-27.
            assertThat(s.calendar().current().addWorkingDays(d("2025-09-28"), 15).date()).isEqualTo(d("2025-10-27"));
            // And a notice's day off can be made a working day by hand.
            s.calendar().setOverride(d("2025-10-08"), false, null);
        }
        try (Services s = open()) {
            assertThat(s.calendar().overrides()).extracting(CalendarDay::date)
                    .containsExactly(d("2025-10-08"), d("2025-10-09"));
            WorkingDayCalendar cal = s.calendar().current();
            assertThat(cal.isWorkingDay(d("2025-10-08"))).isTrue();
            assertThat(cal.isWorkingDay(d("2025-10-09"))).isFalse();

            assertThat(s.calendar().removeOverride(d("2025-10-08"))).isTrue();
            assertThat(s.calendar().removeOverride(d("2025-10-09"))).isTrue();
            assertThat(s.calendar().removeOverride(d("2025-10-09"))).isFalse();
            assertThat(s.calendar().current().isWorkingDay(d("2025-10-08"))).as("the notice's day is back").isFalse();
            assertThat(s.calendar().current().addWorkingDays(d("2025-09-28"), 15).date()).isEqualTo(d("2025-10-24"));
        }
    }

    @Test
    void aCsvFileFromExcelOnAChinesePcIsRead() throws Exception {
        Path file = dir.resolve("2027年节假日.csv");
        Files.writeString(file, "日期,是否休息,名称\r\n2027/1/1,休,元旦\r\n2027-01-09,班,\"元旦, 补班\"\r\n",
                Charset.forName("GB18030"));
        try (Services s = open()) {
            CalendarService.ImportResult r = s.calendar().importFile(file);
            assertThat(r.year()).isEqualTo(2027);
            assertThat(s.calendar().current().days(2027)).extracting(CalendarDay::name)
                    .containsExactly("元旦", "元旦, 补班");
        }
        Path odd = dir.resolve("holidays.xlsx");
        Files.writeString(odd, "x");
        try (Services s = open()) {
            assertThatThrownBy(() -> s.calendar().importFile(odd)).hasMessageContaining("只能导入 .json 或 .csv 文件");
        }
    }

    @Test
    void aNoticeMayListTheLastDaysOfTheDecemberBefore() {
        try (Services s = open()) {
            s.calendar().importJson("""
                    {"year": 2028, "days": [
                      {"name": "元旦", "date": "2027-12-31", "isOffDay": true},
                      {"name": "元旦", "date": "2028-01-01", "isOffDay": true}
                    ]}""");
            assertThat(s.calendar().current().isWorkingDay(d("2027-12-31"))).isFalse();
            assertThat(s.calendar().current().covers(d("2027-12-31"))).as("2027 itself still unknown").isFalse();
        }
    }
}
