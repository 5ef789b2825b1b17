package org.normdesk.domain;

import org.normdesk.domain.review.DeliberationDecision;

/**
 * A transition with what the user gave for it: the review outcome for FINISH_REVIEW, the
 * meeting's decision for DELIBERATE, the registration number for REGISTER, a reason for RETURN,
 * REFUSE_REGISTRATION and WITHDRAW.
 */
public record TransitionRequest(Transition transition, ReviewOutcome reviewOutcome, String registrationNumber,
                                String reason, DeliberationDecision deliberationDecision) {

    public TransitionRequest(Transition transition, ReviewOutcome reviewOutcome, String registrationNumber,
                             String reason) {
        this(transition, reviewOutcome, registrationNumber, reason, null);
    }

    public static TransitionRequest deliberate(DeliberationDecision decision) {
        return new TransitionRequest(Transition.DELIBERATE, null, null, null, decision);
    }

    public static TransitionRequest of(Transition t) {
        return new TransitionRequest(t, null, null, null);
    }

    public static TransitionRequest withReason(Transition t, String reason) {
        return new TransitionRequest(t, null, null, reason);
    }

    public static TransitionRequest finishReview(ReviewOutcome outcome) {
        return new TransitionRequest(Transition.FINISH_REVIEW, outcome, null, null);
    }

    public static TransitionRequest register(String registrationNumber) {
        return new TransitionRequest(Transition.REGISTER, null, registrationNumber, null);
    }
}
