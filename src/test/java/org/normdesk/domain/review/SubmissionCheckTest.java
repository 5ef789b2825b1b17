package org.normdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.WorkingDayCalendar;

class SubmissionCheckTest {
    private static final Set<Material> BASIC = EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS,
            Material.PUBLIC_COMMENTS, Material.OWN_LEGAL_OPINION);
    private final NormativeDocument plain = NormativeDocument.draft("清河县养犬管理办法", 1L, DocumentKind.MEASURES);
    private final NormativeDocument market = plain.toBuilder().marketRelated(true).build();

    private static Submission submission(Set<Material> m, LocalDate from, LocalDate to) {
        return new Submission(null, LocalDate.of(2025, 3, 3), "县公安局", 1, m, from, to);
    }

    private static java.util.List<Problem> check(NormativeDocument d, Submission s) {
        return SubmissionCheck.check(d, s, RulePack.defaults(), WorkingDayCalendar.weekdaysOnly());
    }

    @Test
    void completeWithSevenWorkingDaysOfComment() {
        // Mon 2025-02-10 .. Tue 2025-02-18: seven working days, both ends counted.
        assertThat(check(plain, submission(BASIC, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 18)))).isEmpty();
    }

    @Test
    void sixWorkingDaysOfCommentAreTooFew() {
        assertThat(check(plain, submission(BASIC, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 17))))
                .extracting(Problem::message).containsExactly("公开征求意见只有6个工作日，不少于7个工作日。");
    }

    @Test
    void marketRelatedDocumentsNeedTheFairCompetitionConclusionAndThirtyDays() {
        var problems = check(market, submission(BASIC, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20)));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "送审材料不齐全，缺少：公平竞争审查结论。",
                "涉及市场主体或属于重大行政决策的，公开征求意见期限不少于30日，本件只有20日。");

        Set<Material> all = EnumSet.copyOf(BASIC);
        all.add(Material.FAIR_COMPETITION);
        assertThat(check(market, submission(all, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 2)))).isEmpty();
    }

    @Test
    void everyMissingMaterialIsNamed() {
        var problems = check(plain, submission(EnumSet.of(Material.DRAFT_AND_EXPLANATION), null, null));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "送审材料不齐全，缺少：制定依据、征求意见及采纳情况、本单位合法性审核意见。",
                "未载明公开征求意见的起止日期。");
    }
}
