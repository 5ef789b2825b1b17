package org.normdesk.ui.document;

import java.util.Arrays;
import java.util.Optional;

import javafx.stage.Window;

import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.ui.common.Prompts;

/**
 * Asks for what a transition needs: the review outcome for 完成审核, the meeting's decision for
 * 集体审议, the 统一登记号 for 统一登记编号,
 * a reason for 退回补正, 不予登记 and 撤回. A blank answer is passed on as typed, so that the
 * stage machine refuses it in its own words instead of the dialog guessing.
 */
final class TransitionDialogs {

    private TransitionDialogs() {
    }

    /** The request to send, or empty when the user cancelled. */
    static Optional<TransitionRequest> ask(Transition t, Window owner) {
        return switch (t) {
            case FINISH_REVIEW -> Prompts.choose(owner, t.label(), Texts.get("editor.ask.outcome"),
                    Arrays.asList(ReviewOutcome.values()), ReviewOutcome::label).map(TransitionRequest::finishReview);
            // Until the review screens land, the editor records only the meeting's decision here.
            case DELIBERATE -> Prompts.choose(owner, t.label(), Texts.get("editor.ask.deliberation"),
                    Arrays.asList(DeliberationDecision.values()), DeliberationDecision::label)
                    .map(TransitionRequest::deliberate);
            case REGISTER -> Prompts.askText(owner, t.label(), Texts.get("editor.ask.registrationNumber"), 1)
                    .map(TransitionRequest::register);
            case RETURN, REFUSE_REGISTRATION, WITHDRAW -> Prompts.askText(owner, t.label(),
                    Texts.get("editor.ask.reason", t.label()), 3).map(reason -> TransitionRequest.withReason(t, reason));
            default -> Optional.of(TransitionRequest.of(t));
        };
    }
}
