package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.ArticleDiff;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.review.Adoption;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.Publication;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.domain.review.Submission;

/** A draft from 送审 to publication on a real H2 file. */
class ReviewFlowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TEXT = """
            第一条 为了规范养犬行为，制定本办法。
            第二条 养犬人应当办理养犬登记，并缴纳管理费200元。
            第三条 违反本办法的，由公安机关处以500元罚款。
            """;

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services s;
    private long docId;

    @BeforeEach
    void open() {
        clock = new MutableClock(LocalDate.of(2025, 3, 3).atStartOfDay(ZONE).toInstant(), ZONE);
        s = Services.open(dir, clock, "审核员甲");
        Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        docId = s.register().create(NormativeDocument.draft("清河县养犬管理办法", gov.id(), DocumentKind.MEASURES)
                .toBuilder().draftingUnit("县公安局").fullText(TEXT).build()).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void at(LocalDate day) {
        clock.set(day.atStartOfDay(ZONE).toInstant());
    }

    @Test
    void fromSubmissionThroughReturnReviewDeliberationRegistrationToPublication() {
        // 送审 without the unit's own legality opinion: incomplete, cannot be accepted
        SubmissionResult first = s.reviews().submit(docId, new Submission(null, LocalDate.of(2025, 3, 3), "县公安局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS),
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 21)));
        assertThat(first.complete()).isFalse();
        assertThat(first.problems().get(0).message()).isEqualTo("送审材料不齐全，缺少：本单位合法性审核意见。");
        assertThatThrownBy(() -> s.reviews().accept(docId, "审核员甲")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("材料不齐全，不能受理");

        // 退回补正, then sent again complete on 2025-03-10: the clock starts that day
        s.reviews().returnForCompletion(docId, s.reviews().missingSummary(docId));
        assertThat(s.register().find(docId).orElseThrow().stage()).isEqualTo(Stage.RETURNED);
        at(LocalDate.of(2025, 3, 10));
        assertThat(s.reviews().submit(docId, new Submission(null, LocalDate.of(2025, 3, 10), "县公安局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS,
                        Material.OWN_LEGAL_OPINION), LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 21))).complete())
                .isTrue();
        s.reviews().accept(docId, "审核员甲");

        ReviewFile file = s.reviews().file(docId);
        assertThat(file.reviewCase().clockStartedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(file.deadline().dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(file.deadline().state()).isEqualTo(ReviewDeadline.State.RUNNING);
        assertThat(file.returnReasons()).containsExactly("送审材料不齐全，缺少：本单位合法性审核意见。", null);

        // two findings, an outcome, the 意见书
        s.reviews().addFinding(docId, Finding.of("第二条", ChecklistItem.SETS_LICENSING_OR_PENALTY,
                "县级规范性文件不得设定收费，建议删除“并缴纳管理费200元”。", "《中华人民共和国行政许可法》第五十八条"));
        s.reviews().addFinding(docId, Finding.of("第三条", ChecklistItem.SETS_LICENSING_OR_PENALTY,
                "规范性文件不得设定行政处罚，建议改为依照有关法律、法规的规定处理。", "《中华人民共和国行政处罚法》第十六条"));
        s.reviews().setOpinion(docId, ReviewOutcome.AMEND, null, "送审稿部分条款设定收费和行政处罚，应当予以修改。");
        at(LocalDate.of(2025, 3, 20));
        var done = s.reviews().finish(docId, LocalDate.of(2025, 3, 20));
        assertThat(done.opinionNumber()).isEqualTo("清司审〔2025〕1号");
        assertThat(s.register().find(docId).orElseThrow().stage()).isEqualTo(Stage.REVIEWED);

        // the revised draft comes back: compared article by article, adoption recorded
        s.reviews().addRevision(docId, TEXT.replace("，并缴纳管理费200元", ""), "修改稿");
        List<ArticleDiff.Pair> diff = s.reviews().compare(docId, 1, 2);
        assertThat(diff).extracting(ArticleDiff.Pair::change)
                .containsExactly(ArticleDiff.Change.SAME, ArticleDiff.Change.CHANGED, ArticleDiff.Change.SAME);
        List<Finding> findings = s.reviews().file(docId).findings();
        s.reviews().recordAdoption(docId, findings.get(0).id(), Adoption.ADOPTED, null);
        assertThatThrownBy(() -> s.reviews().recordAdoption(docId, findings.get(1).id(), Adoption.NOT_ADOPTED, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("未采纳或部分采纳的，须写明起草单位的理由和依据。");
        s.reviews().recordAdoption(docId, findings.get(1).id(), Adoption.NOT_ADOPTED, "上位法已有规定，拟保留");

        // 集体审议, registration, publication
        s.publication().deliberate(docId, new Deliberation(null, docId, MeetingKind.STANDING, "第12次", LocalDate.of(2025, 3, 25),
                DeliberationDecision.APPROVED, "无"));
        NormativeDocument registered = s.publication().register(docId, LocalDate.of(2025, 3, 26));
        assertThat(registered.registrationNumber()).isEqualTo("清规〔2025〕001");
        var problems = s.publication().check(docId, new Publication("清政发[2025]3号", LocalDate.of(2025, 3, 28),
                LocalDate.of(2025, 4, 10), null, null));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.isError()).isFalse());
        NormativeDocument published = s.publication().publish(docId, new Publication("清政发[2025]3号",
                LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 10), null, "配合春季养犬登记工作"));
        assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(published.docNumber()).isEqualTo("清政发〔2025〕3号");
        assertThat(published.validUntil()).isEqualTo(LocalDate.of(2030, 4, 9));
        assertThat(s.register().validityOf(published)).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(s.register().history(docId)).extracting(e -> e.action()).contains("SUBMISSION", "REVIEW",
                "FINDING", "REVISION", "DELIBERATION", "TRANSITION");
    }

    @Test
    void noDeliberationAfterAnIllegalOutcome() {
        reviewWith(ReviewOutcome.ILLEGAL);
        assertThatThrownBy(() -> s.publication().deliberate(docId, new Deliberation(null, docId, MeetingKind.STANDING,
                "第3次", LocalDate.of(2025, 3, 25), DeliberationDecision.APPROVED, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("未经合法性审核或者经审核不合法的，不得提交集体审议。");
        assertThat(s.reviews().file(docId).deliberations()).isEmpty();
    }

    @Test
    void aRejectingMeetingIsRecordedAndTheDocumentStays() {
        reviewWith(ReviewOutcome.LEGAL);
        s.publication().deliberate(docId, new Deliberation(null, docId, MeetingKind.STANDING, "第3次",
                LocalDate.of(2025, 3, 25), DeliberationDecision.REJECTED, "多数意见认为时机不成熟"));
        assertThat(s.register().find(docId).orElseThrow().stage()).isEqualTo(Stage.REVIEWED);
        assertThat(s.reviews().file(docId).deliberations()).singleElement()
                .satisfies(d -> assertThat(d.dissent()).isEqualTo("多数意见认为时机不成熟"));
    }

    @Test
    void registrationNumbersStayUniqueAndGapFreeWhenIssuedAtTheSameMoment() throws Exception {
        Issuer gov = s.issuers().all().get(0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = s.register().create(NormativeDocument.draft("清河县第" + i + "号办法", gov.id(), DocumentKind.MEASURES)
                    .toBuilder().fullText(TEXT).build()).id();
            docId = id;
            reviewWith(ReviewOutcome.LEGAL);
            s.publication().deliberate(id, new Deliberation(null, id, MeetingKind.STANDING, "第" + i + "次",
                    LocalDate.of(2025, 3, 25), DeliberationDecision.APPROVED, null));
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = ids.stream().<Callable<String>>map(id ->
                    () -> s.publication().register(id, LocalDate.of(2025, 3, 26)).registrationNumber()).toList();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrder("清规〔2025〕001", "清规〔2025〕002", "清规〔2025〕003",
                    "清规〔2025〕004", "清规〔2025〕005", "清规〔2025〕006", "清规〔2025〕007", "清规〔2025〕008");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aReviewPeriodOutsideFiveToFifteenWorkingDaysIsRefused() {
        RulePack p = RulePack.defaults();
        assertThatThrownBy(() -> s.rules().save(new RulePack(20, p.commentWorkingDays(), p.commentDaysMarket(),
                p.effectiveGapDays(), p.validityYears(), p.trialValidityYears(), p.announcementValidityYears(),
                p.registrationTemplate(), p.opinionTemplate(), p.reviewOffice())))
                .isInstanceOf(RuleViolation.class).hasMessage("审核期限应在5至15个工作日之间。");
        s.rules().save(new RulePack(10, p.commentWorkingDays(), p.commentDaysMarket(), p.effectiveGapDays(),
                p.validityYears(), p.trialValidityYears(), p.announcementValidityYears(), "{issuer}规〔{year}〕{seq:3}",
                p.opinionTemplate(), "清河县司法局"));
        assertThat(s.rules().current().reviewDays()).isEqualTo(10);
        assertThat(s.rules().current().registrationTemplate()).isEqualTo("{issuer}规〔{year}〕{seq:3}");
    }

    private void reviewWith(ReviewOutcome outcome) {
        s.reviews().submit(docId, new Submission(null, LocalDate.of(2025, 3, 3), "县公安局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS,
                        Material.OWN_LEGAL_OPINION), LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 21)));
        s.reviews().accept(docId, "审核员甲");
        s.reviews().setOpinion(docId, outcome, null, "总体意见");
        s.reviews().finish(docId, LocalDate.of(2025, 3, 20));
    }
}
