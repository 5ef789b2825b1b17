package org.normdesk.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one place that decides how a document moves between stages (DESIGN.md §3). Each guard says
 * in the words of the rules (国办发〔2018〕37号) why a move is refused.
 */
public final class StageMachine {

    private StageMachine() {
    }

    /** The transitions whose starting stage is the document's; their guards may still refuse them. */
    public static List<Transition> offered(Stage stage) {
        return Arrays.stream(Transition.values()).filter(t -> t.from().contains(stage)).toList();
    }

    /** Why the transition may not happen now; empty when it may. */
    public static List<Problem> check(NormativeDocument d, TransitionRequest r) {
        Transition t = r.transition();
        List<Problem> problems = new ArrayList<>();
        if (!t.from().contains(d.stage())) {
            problems.add(Problem.error("stage", "guard.wrongStage", t.label(), d.stage().label()));
            return problems;
        }
        switch (t) {
            case SUBMIT -> {
                if (d.fullText() == null || d.fullText().isBlank()) {
                    problems.add(Problem.error("fullText", "guard.submit.noText"));
                }
            }
            case RETURN, REFUSE_REGISTRATION, WITHDRAW -> {
                if (r.reason() == null || r.reason().isBlank()) {
                    problems.add(Problem.error("reason", "guard.reasonRequired", t.label()));
                }
            }
            case FINISH_REVIEW -> {
                if (r.reviewOutcome() == null) {
                    problems.add(Problem.error("reviewOutcome", "guard.review.outcomeRequired"));
                }
            }
            case DELIBERATE -> {
                if (d.reviewOutcome() == null || d.reviewOutcome() == ReviewOutcome.ILLEGAL) {
                    problems.add(Problem.error("reviewOutcome", "guard.deliberate.notLegal"));
                } else if (r.deliberationDecision() == null) {
                    problems.add(Problem.error("deliberation", "guard.deliberate.noRecord"));
                } else if (!r.deliberationDecision().approves()) {
                    problems.add(Problem.error("deliberation", "guard.deliberate.rejected"));
                }
            }
            case REGISTER -> {
                if (r.registrationNumber() == null || r.registrationNumber().isBlank()) {
                    problems.add(Problem.error("registrationNumber", "guard.register.numberRequired"));
                }
            }
            case PUBLISH -> problems.addAll(publicationGaps(d));
            default -> {
                // ACCEPT, REDRAFT and RESUBMIT need nothing but the right starting stage here;
                // the review service checks the materials before it accepts.
            }
        }
        return problems;
    }

    /**
     * What a document lacks to stand as published: 未经公布的不得作为行政管理依据, and what is
     * published needs its 文号, 公布日期 and 施行日期. Also used when an already published
     * document is entered into the register.
     */
    public static List<Problem> publicationGaps(NormativeDocument d) {
        List<Problem> problems = new ArrayList<>();
        if (d.docNumber() == null || d.docNumber().isBlank()) {
            problems.add(Problem.error("docNumber", "guard.publish.docNumber"));
        }
        if (d.publishedOn() == null) {
            problems.add(Problem.error("publishedOn", "guard.publish.publishedOn"));
        }
        if (d.effectiveOn() == null) {
            problems.add(Problem.error("effectiveOn", "guard.publish.effectiveOn"));
        }
        return problems;
    }

    /** The document after the transition, or a {@link RuleViolation} with the reasons it is refused. */
    public static NormativeDocument apply(NormativeDocument d, TransitionRequest r) {
        List<Problem> problems = check(d, r);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        var b = d.toBuilder().stage(r.transition().to());
        switch (r.transition()) {
            case FINISH_REVIEW -> b.reviewOutcome(r.reviewOutcome());
            case REGISTER -> b.registrationNumber(r.registrationNumber().strip());
            // A returned draft will be reviewed afresh: the old outcome no longer holds.
            case REDRAFT -> b.reviewOutcome(null);
            default -> {
            }
        }
        return b.build();
    }
}
