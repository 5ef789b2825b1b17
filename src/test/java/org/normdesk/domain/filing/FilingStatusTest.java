package org.normdesk.domain.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.RuleViolation;

/** Due dates in calendar days and the status derived from them (RULES.md §4). */
class FilingStatusTest {
    private static final FilingAuthority CITY = FilingAuthority.outgoing("市人民政府", "清府规备字〔{year}〕{seq}号",
            Set.of(IssuerCategory.GOVERNMENT)).withId(1);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 20);

    @Test
    void dueThirtyCalendarDaysAfterPublicationHolidaysIncluded() {
        // 国庆 (10月1日–8日) falls inside the thirty days and does not lengthen them.
        assertThat(CITY.dueOn(PUBLISHED)).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(CITY.dueOn(null)).isNull();
    }

    @Test
    void theDueDayItselfIsStillOnTimeAndTheNextDayIsLate() {
        LocalDate due = CITY.dueOn(PUBLISHED);
        assertThat(FilingStatus.of(due, due, due)).isEqualTo(FilingStatus.ON_TIME);
        assertThat(FilingStatus.of(due, due.plusDays(1), due.plusDays(1))).isEqualTo(FilingStatus.LATE);
        assertThat(FilingStatus.of(due, PUBLISHED, PUBLISHED)).isEqualTo(FilingStatus.ON_TIME);
    }

    @Test
    void unsubmittedIsPendingUntilTheDueDayAndOverdueAfter() {
        LocalDate due = CITY.dueOn(PUBLISHED);
        assertThat(FilingStatus.of(due, null, due)).isEqualTo(FilingStatus.NOT_SUBMITTED);
        assertThat(FilingStatus.of(due, null, due.plusDays(1))).isEqualTo(FilingStatus.OVERDUE);
        assertThat(FilingStatus.OVERDUE.behind()).isTrue();
        assertThat(FilingStatus.LATE.behind()).isTrue();
        assertThat(FilingStatus.ON_TIME.behind()).isFalse();
    }

    @Test
    void withoutADueDateASubmissionIsJustSubmitted() {
        assertThat(FilingStatus.of(null, PUBLISHED, PUBLISHED.plusYears(1))).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(FilingStatus.of(null, null, PUBLISHED.plusYears(1))).isEqualTo(FilingStatus.NOT_SUBMITTED);
    }

    @Test
    void theFirstSubmissionDecidesCompletenessAndADeferralIsRemembered() {
        Filing f = Filing.due(7, CITY, PUBLISHED).withId(3);
        Filing first = FilingSteps.submit(f, PUBLISHED.plusDays(5),
                List.of(FilingMaterial.REPORT, FilingMaterial.OFFICIAL_TEXT), "清府规备字〔2025〕3号", PUBLISHED);
        assertThat(first.submission().firstComplete()).isFalse();
        assertThat(first.missing()).containsExactly(FilingMaterial.DRAFTING_NOTE, FilingMaterial.BASIS,
                FilingMaterial.LEGALITY_OPINION);

        Filing deferred = FilingSteps.register(first, RegistrationResult.DEFERRED, PUBLISHED.plusDays(10), null, 15);
        assertThat(deferred.registration().correctionDue()).isEqualTo(PUBLISHED.plusDays(25));
        Filing again = FilingSteps.submit(deferred, PUBLISHED.plusDays(20), CITY.materials(), null, PUBLISHED);
        assertThat(again.submission().firstComplete()).isFalse();
        assertThat(again.submission().submittedOn()).isEqualTo(PUBLISHED.plusDays(5));
        assertThat(again.submission().reportNumber()).isEqualTo("清府规备字〔2025〕3号");
        Filing registered = FilingSteps.register(FilingSteps.correct(again, PUBLISHED.plusDays(20)),
                RegistrationResult.REGISTERED, PUBLISHED.plusDays(22), null, 15);
        assertThat(registered.registration().correctedOn()).isEqualTo(PUBLISHED.plusDays(20));
        assertThat(registered.passedWithoutCorrection()).isFalse();
    }

    @Test
    void stepsAreRefusedInChineseWhenOutOfOrder() {
        Filing f = Filing.due(7, CITY, PUBLISHED).withId(3);
        assertThatThrownBy(() -> FilingSteps.register(f, RegistrationResult.REGISTERED, PUBLISHED, null, 15))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("尚未报送");
        assertThatThrownBy(() -> FilingSteps.submit(f, PUBLISHED.minusDays(1), CITY.materials(), null, PUBLISHED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能早于公布日期");
        Filing submitted = FilingSteps.submit(f, PUBLISHED, CITY.materials(), null, PUBLISHED);
        assertThatThrownBy(() -> FilingSteps.review(submitted, ReviewResult.CORRECTION, PUBLISHED.plusDays(40), " ", 30))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("要求纠正");
        Filing asked = FilingSteps.review(submitted, ReviewResult.CORRECTION, PUBLISHED.plusDays(40), "第五条设定罚款无依据", 30);
        assertThat(asked.followUp().answerDue()).isEqualTo(PUBLISHED.plusDays(70));
        assertThat(asked.corrected()).isTrue();
    }

    @Test
    void theYearsSentenceNamesTheAuthoritiesAndTheRate() {
        FilingFigures all = new FilingFigures(null, 8, 8, 8, 8, 8, 0);
        assertThat(all.paragraph(List.of("市政府", "县人大常委会")))
                .isEqualTo("全年共制发规范性文件8件，已按规定报市政府和县人大常委会备案，备案通过率100%。");
        FilingFigures some = new FilingFigures(null, 8, 7, 6, 7, 7, 1);
        assertThat(FilingFigures.percent(some.filingRate())).isEqualTo("87.5%");
        assertThat(FilingFigures.percent(new FilingFigures(null, 0, 0, 0, 0, 0, 0).passRate())).isEqualTo("—");
    }
}
