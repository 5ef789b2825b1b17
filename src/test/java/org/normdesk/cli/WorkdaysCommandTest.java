package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.Services;

import picocli.CommandLine;

class WorkdaysCommandTest {
    @TempDir
    static Path dir;
    static Services services;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void open() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        services = Services.open(dir, Clock.fixed(LocalDate.of(2025, 9, 28).atStartOfDay(zone).toInstant(), zone),
                "tester");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new WorkdaysCommand(() -> services));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void addCountsFifteenWorkingDaysThroughTheNationalDayBreak() {
        // Start Sunday 2025-09-28 (a make-up working day, but the start day is never counted):
        //  9-29 Mon (1), 9-30 Tue (2); 10-01..10-08 国庆·中秋 off; 10-09 Thu (3), 10-10 Fri (4),
        //  10-11 Sat make-up working day (5); 10-12 Sun off; 10-13..10-17 Mon–Fri (6–10);
        //  10-18/19 weekend; 10-20..10-24 Mon–Fri (11–15). So the 15th working day is Friday 2025-10-24.
        int code = run("add", "2025-09-28", "15");
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("2025-10-24" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void betweenCountsAfterFromUpToAndIncludingTo() {
        // (2025-09-28, 2025-10-20]: 9-29, 9-30, 10-09, 10-10, 10-11 (Sat, make-up), 10-13..10-17, 10-20 = 11.
        int code = run("between", "2025-09-28", "2025-10-20");
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("11");
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run("between", "2025-10-20", "2025-09-28")).isZero();
        assertThat(out.toString().strip()).as("TO before FROM").isEqualTo("0");
    }

    @Test
    void aYearWithoutDataIsCountedByWeekdaysWithANoticeOnStderr() {
        assertThat(run("add", "2026-12-30", "3")).isZero();
        assertThat(out.toString().strip()).isEqualTo("2027-01-04");
        assertThat(err.toString().strip()).isEqualTo("2027年度无节假日数据，按周一至周五计算。");
    }

    @Test
    void zeroDaysIsTheStartDay() {
        assertThat(run("add", "2025-10-01", "0")).isZero();
        assertThat(out.toString().strip()).isEqualTo("2025-10-01");
    }

    @Test
    void badInputGetsAChineseMessageAndExitCode2() {
        assertThat(run("add", "2025-02-30", "15")).isEqualTo(2);
        assertThat(err.toString()).contains("“2025-02-30”不是有效的日期");

        assertThat(run("add", "2025-09-28", "-3")).isEqualTo(2);
        assertThat(err.toString()).contains("工作日数“-3”无效");

        assertThat(run("add", "2025-09-28", "十五")).isEqualTo(2);
        assertThat(err.toString()).contains("工作日数“十五”无效");

        assertThat(run("add", "2025-09-28")).isEqualTo(2);
        assertThat(err.toString()).contains("缺少参数 N");

        assertThat(run("between", "2025-09-28", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("“abc”不是有效的日期");

        assertThat(run("between", "2025-09-28", "2025-10-20", "2025-10-21")).isEqualTo(2);
        assertThat(err.toString()).contains("多余的参数：2025-10-21");

        assertThat(run()).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpStatesTheConvention() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("期间开始的当日不计入").contains("(FROM, TO]").contains("add").contains("between");

        out.getBuffer().setLength(0);
        assertThat(run("add", "--help")).isZero();
        assertThat(out.toString()).contains("DATE 之后的第 N 个工作日").contains("起算日，如 2025-09-28（当日不计入）")
                .contains("工作日数：0 或正整数");
    }
}
