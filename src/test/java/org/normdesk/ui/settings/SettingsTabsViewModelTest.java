package org.normdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.CalendarYear;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.OpinionTemplate;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;

/** 设置's 规则参数, 工作日历 and 常用修改意见 tabs, driven through their ViewModels on a real data folder. */
class SettingsTabsViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(folder.resolve("data"), Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE),
                "tester");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aShorterReviewPeriodIsSavedAndAuditedAndAnOutOfRangeOneIsRefusedBeforeSaving() {
        RulesViewModel rules = new RulesViewModel(services.rules(), TaskRunner.direct(), errors::add);
        rules.load();
        assertThat(rules.reviewDays.get()).isEqualTo("15");
        assertThat(rules.examplesProperty().get()).contains("清规〔" + LocalDate.now().getYear() + "〕001");

        rules.reviewDays.set("20");
        assertThat(rules.validProperty().get()).isFalse();
        assertThat(rules.problemsProperty().get()).isEqualTo("审核期限应在5至15个工作日之间。");
        rules.reviewDays.set("十");
        assertThat(rules.problemsProperty().get()).isEqualTo("期限和年数须填写整数。");
        rules.reviewOffice.set(" ");
        rules.reviewDays.set("10");
        assertThat(rules.problemsProperty().get()).contains("请填写审核机关");

        rules.reviewOffice.set("江城县司法局");
        rules.registrationTemplate.set("江规〔{year}〕{seq:4}");
        assertThat(rules.validProperty().get()).isTrue();
        rules.save();
        assertThat(errors).isEmpty();
        assertThat(rules.statusProperty().get()).isEqualTo("已保存。");
        assertThat(services.rules().current().reviewDays()).isEqualTo(10);
        assertThat(services.rules().current().reviewOffice()).isEqualTo("江城县司法局");
        List<AuditEvent> log = services.rules().history();
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("修改规则参数");
            assertThat(e.before()).contains("\"reviewDays\":15");
            assertThat(e.after()).contains("\"reviewDays\":10");
        });

        rules.restoreDefaults();
        assertThat(rules.reviewDays.get()).isEqualTo("15");
        assertThat(services.rules().current().reviewDays()).isEqualTo(10); // not saved until 保存
    }

    @Test
    void theCalendarTabWarnsThatNextYearIsMissingUntilItIsImported() throws Exception {
        CalendarViewModel calendar = new CalendarViewModel(services.calendar(), TaskRunner.direct(), errors::add, TODAY);
        calendar.refresh();
        assertThat(calendar.years()).extracting(CalendarYear::year).contains(2015, 2026).doesNotContain(2027);
        assertThat(calendar.coverageProperty().get())
                .isEqualTo("工作日历已有 2015—2026 年的节假日安排。尚无 2027 年的安排：落在该年的期限按周一至周五计算，请在公布后导入。");
        assertThat(calendar.describe(LocalDate.of(2027, 1, 1))).startsWith("工作日").contains("2027年度无节假日数据");

        Path file = folder.resolve("2027.csv");
        Files.writeString(file, "date,isOffDay,name\n2027-01-01,true,元旦\n2027-01-02,true,元旦\n", StandardCharsets.UTF_8);
        calendar.importFile(file);
        assertThat(errors).isEmpty();
        assertThat(calendar.statusProperty().get()).isEqualTo("已导入 2027 年的安排：2 天。");
        assertThat(calendar.coverageProperty().get()).isEqualTo("工作日历已有 2015—2027 年的节假日安排。");
        assertThat(calendar.describe(LocalDate.of(2027, 1, 1))).isEqualTo("休息日（元旦）");

        calendar.setOverride(LocalDate.of(2027, 1, 4), true, "县庆");
        assertThat(calendar.overrides()).singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("县庆"));
        assertThat(calendar.describe(LocalDate.of(2027, 1, 4))).isEqualTo("休息日（县庆）");
        calendar.removeOverride(calendar.overrides().get(0));
        assertThat(calendar.overrides()).isEmpty();
        assertThat(calendar.describe(LocalDate.of(2027, 1, 4))).isEqualTo("工作日");
    }

    @Test
    void aBrokenCalendarFileIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        CalendarViewModel calendar = new CalendarViewModel(services.calendar(), TaskRunner.direct(), errors::add, TODAY);
        calendar.refresh();
        int before = calendar.years().size();
        Path file = folder.resolve("2027.csv");
        Files.writeString(file, "date,isOffDay,name\n2027-13-01,true,元旦\n", StandardCharsets.UTF_8);
        calendar.importFile(file);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("2027-13-01"));
        calendar.refresh();
        assertThat(calendar.years()).hasSize(before);
    }

    @Test
    void starterOpinionsAreAddedOnceAndCanBeEditedAndDeleted() {
        TemplatesViewModel templates = new TemplatesViewModel(services.reviews(), TaskRunner.direct(), errors::add);
        templates.refresh();
        assertThat(templates.templates()).isEmpty();
        templates.addStarters();
        int starters = templates.templates().size();
        assertThat(starters).isGreaterThanOrEqualTo(8);
        assertThat(templates.templates()).extracting(OpinionTemplate::title).contains("不得设定行政处罚", "证明事项");
        assertThat(templates.templates()).filteredOn(t -> t.title().equals("不得设定行政处罚")).singleElement()
                .satisfies(t -> assertThat(t.legalBasis()).isEqualTo("《中华人民共和国行政处罚法》第十六条"));
        templates.addStarters();
        assertThat(templates.statusProperty().get()).isEqualTo("示例都已在清单中，未重复加入。");
        assertThat(templates.templates()).hasSize(starters);

        OpinionTemplate first = templates.templates().get(0);
        templates.save(new OpinionTemplate(first.id(), ChecklistItem.PROCEDURE, first.title(), "改写后的意见。", null));
        assertThat(templates.templates()).filteredOn(t -> t.id().equals(first.id())).singleElement()
                .satisfies(t -> assertThat(t.opinion()).isEqualTo("改写后的意见。"));
        templates.delete(first);
        assertThat(templates.templates()).hasSize(starters - 1);
        assertThat(errors).isEmpty();
    }
}
