package org.normdesk.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Problem;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RulePack;

/**
 * 合法性审核 of one document. The clock starts on the day the materials became complete
 * ({@code clockStartedOn}); the time limit is {@code reviewDays} working days plus any extension.
 */
public record ReviewCase(Long id, long documentId, LocalDate receivedOn, LocalDate clockStartedOn, int reviewDays,
                         int extensionDays, String extensionReason, String reviewer, ReviewOutcome outcome,
                         OutcomeRefinement refinement, String overallOpinion, String opinionNumber,
                         LocalDate opinionDate, LocalDate finishedOn, int version) {

    public static ReviewCase open(long documentId, LocalDate receivedOn, int reviewDays) {
        return new ReviewCase(null, documentId, receivedOn, null, reviewDays, 0, null, null, null, null, null, null,
                null, null, 0);
    }

    public boolean isFinished() {
        return finishedOn != null;
    }

    public boolean clockRunning() {
        return clockStartedOn != null && finishedOn == null;
    }

    public ReviewCase startClock(LocalDate on) {
        return new ReviewCase(id, documentId, receivedOn, on, reviewDays, extensionDays, extensionReason, reviewer,
                outcome, refinement, overallOpinion, opinionNumber, opinionDate, finishedOn, version);
    }

    /** A returned draft that comes back is a new submission: its clock will start afresh. */
    public ReviewCase stopClock() {
        return new ReviewCase(id, documentId, receivedOn, null, reviewDays, extensionDays, extensionReason, reviewer,
                null, null, overallOpinion, opinionNumber, opinionDate, null, version);
    }

    public ReviewCase withReviewer(String name) {
        return new ReviewCase(id, documentId, receivedOn, clockStartedOn, reviewDays, extensionDays, extensionReason,
                name, outcome, refinement, overallOpinion, opinionNumber, opinionDate, finishedOn, version);
    }

    public ReviewCase extend(int days, String reason) {
        return new ReviewCase(id, documentId, receivedOn, clockStartedOn, reviewDays, extensionDays + days,
                (extensionReason == null ? "" : extensionReason + "；") + reason, reviewer, outcome, refinement,
                overallOpinion, opinionNumber, opinionDate, finishedOn, version);
    }

    public ReviewCase withOpinion(ReviewOutcome o, OutcomeRefinement r, String overall) {
        return new ReviewCase(id, documentId, receivedOn, clockStartedOn, reviewDays, extensionDays, extensionReason,
                reviewer, o, r, overall, opinionNumber, opinionDate, finishedOn, version);
    }

    public ReviewCase finish(String number, LocalDate on) {
        return new ReviewCase(id, documentId, receivedOn, clockStartedOn, reviewDays, extensionDays, extensionReason,
                reviewer, outcome, refinement, overallOpinion, number, on, on, version);
    }

    /** Why the review cannot be closed with an 意见书 yet. */
    public List<Problem> finishProblems() {
        List<Problem> problems = new ArrayList<>();
        if (clockStartedOn == null) {
            problems.add(Problem.error("clockStartedOn", "review.finish.notAccepted"));
        }
        if (outcome == null) {
            problems.add(Problem.error("outcome", "guard.review.outcomeRequired"));
        }
        if (overallOpinion == null || overallOpinion.isBlank()) {
            problems.add(Problem.error("overallOpinion", "review.finish.noOpinion"));
        }
        return problems;
    }

    /** Whether the extension keeps the time limit within the rules' bounds. */
    public static List<Problem> extensionProblems(int days, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (days <= 0) {
            problems.add(Problem.error("extensionDays", "review.extend.days"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.error("extensionReason", "review.extend.reason"));
        }
        return problems;
    }

    /** Whether the review period set in 设置 lies within the bounds of RULES.md §2. */
    public static boolean reviewDaysAllowed(int days) {
        return days >= RulePack.REVIEW_DAYS_MIN && days <= RulePack.REVIEW_DAYS_MAX;
    }
}
