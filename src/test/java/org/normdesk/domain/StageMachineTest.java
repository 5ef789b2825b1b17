package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StageMachineTest {

    private static NormativeDocument at(Stage stage) {
        return NormativeDocument.draft("清河县农村宅基地管理办法", 1L, DocumentKind.MEASURES).toBuilder()
                .fullText("第一条 为了规范农村宅基地管理，制定本办法。").stage(stage).build();
    }

    @Test
    void aDraftGoesAllTheWayToPublication() {
        NormativeDocument d = at(Stage.DRAFTING);
        d = StageMachine.apply(d, TransitionRequest.of(Transition.SUBMIT));
        d = StageMachine.apply(d, TransitionRequest.of(Transition.ACCEPT));
        d = StageMachine.apply(d, TransitionRequest.finishReview(ReviewOutcome.AMEND));
        d = StageMachine.apply(d, TransitionRequest.deliberate(org.normdesk.domain.review.DeliberationDecision.APPROVED));
        d = StageMachine.apply(d, TransitionRequest.register("清规〔2025〕001"));
        d = d.toBuilder().docNumber("清政发〔2025〕3号").publishedOn(LocalDate.of(2025, 3, 1))
                .effectiveOn(LocalDate.of(2025, 4, 1)).build();
        d = StageMachine.apply(d, TransitionRequest.of(Transition.PUBLISH));

        assertThat(d.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(d.reviewOutcome()).isEqualTo(ReviewOutcome.AMEND);
        assertThat(d.registrationNumber()).isEqualTo("清规〔2025〕001");
    }

    @Test
    void noDeliberationAfterAnIllegalFinding() {
        NormativeDocument d = at(Stage.UNDER_REVIEW);
        d = StageMachine.apply(d, TransitionRequest.finishReview(ReviewOutcome.ILLEGAL));
        NormativeDocument reviewed = d;

        assertThatThrownBy(() -> StageMachine.apply(reviewed, TransitionRequest.of(Transition.DELIBERATE)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("未经合法性审核或者经审核不合法的，不得提交集体审议。");
    }

    @Test
    void noDeliberationWithoutAReviewOutcome() {
        assertThat(StageMachine.check(at(Stage.REVIEWED), TransitionRequest.of(Transition.DELIBERATE)))
                .extracting(Problem::key).containsExactly("guard.deliberate.notLegal");
    }

    @Test
    void aMoveFromTheWrongStageIsRefusedWithBothStagesNamed() {
        assertThatThrownBy(() -> StageMachine.apply(at(Stage.DRAFTING), TransitionRequest.of(Transition.PUBLISH)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("文件当前处于“起草中”阶段，不能执行“公布”。");
    }

    @Test
    void publicationNeedsNumberAndDates() {
        var problems = StageMachine.check(at(Stage.REGISTERED), TransitionRequest.of(Transition.PUBLISH));
        assertThat(problems).extracting(Problem::field).containsExactly("docNumber", "publishedOn", "effectiveOn");
    }

    @Test
    void anEmptyDraftCannotBeSubmitted() {
        NormativeDocument empty = at(Stage.DRAFTING).toBuilder().fullText("  ").build();
        assertThat(StageMachine.check(empty, TransitionRequest.of(Transition.SUBMIT)))
                .extracting(Problem::message).containsExactly("送审稿正文为空，请先录入或导入正文再送审。");
    }

    @Test
    void returningWithdrawingAndRefusingNeedAReason() {
        assertThat(StageMachine.check(at(Stage.SUBMITTED), TransitionRequest.of(Transition.RETURN)))
                .extracting(Problem::message).containsExactly("“退回补正”须写明理由。");
        assertThat(StageMachine.check(at(Stage.SUBMITTED), TransitionRequest.withReason(Transition.RETURN, "缺少起草说明")))
                .isEmpty();
        assertThat(StageMachine.check(at(Stage.DELIBERATED), TransitionRequest.of(Transition.REFUSE_REGISTRATION)))
                .isNotEmpty();
        assertThat(StageMachine.check(at(Stage.REVIEWED), TransitionRequest.of(Transition.WITHDRAW))).isNotEmpty();
    }

    @Test
    void aRedraftForgetsTheOldOutcome() {
        NormativeDocument returned = at(Stage.RETURNED).toBuilder().reviewOutcome(ReviewOutcome.AMEND).build();
        NormativeDocument redrafted = StageMachine.apply(returned, TransitionRequest.of(Transition.REDRAFT));
        assertThat(redrafted.stage()).isEqualTo(Stage.DRAFTING);
        assertThat(redrafted.reviewOutcome()).isNull();
    }

    @Test
    void finalStagesOfferNothing() {
        assertThat(StageMachine.offered(Stage.PUBLISHED)).isEmpty();
        assertThat(StageMachine.offered(Stage.WITHDRAWN)).isEmpty();
        assertThat(StageMachine.offered(Stage.NOT_REGISTERED)).isEmpty();
        assertThat(StageMachine.offered(Stage.DRAFTING)).containsExactly(Transition.SUBMIT, Transition.WITHDRAW);
    }
}
