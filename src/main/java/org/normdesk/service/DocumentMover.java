package org.normdesk.service;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.StageMachine;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.ValidityRule;
import org.normdesk.store.Store;

/**
 * Moves a document one step through the {@link StageMachine} inside the caller's transaction and
 * logs it: the one path every service takes to change a stage.
 */
final class DocumentMover {
    private final Auditor auditor;
    private final Supplier<LocalDate> today;

    DocumentMover(Auditor auditor, Supplier<LocalDate> today) {
        this.auditor = auditor;
        this.today = today;
    }

    NormativeDocument load(Store.Repositories r, long id) {
        return r.documents().findById(id).orElseThrow(() -> new RuleViolation(Problem.error("id", "store.documentGone")));
    }

    NormativeDocument move(Store.Repositories r, long id, TransitionRequest request) {
        return move(r, load(r, id), request);
    }

    /** Moves the given (possibly just edited) state of the document and saves it. */
    NormativeDocument move(Store.Repositories r, NormativeDocument before, TransitionRequest request) {
        NormativeDocument stored = load(r, before.id());
        NormativeDocument after = StageMachine.apply(before, request);
        NormativeDocument saved = r.documents().update(after, ValidityRule.derive(after, today.get()), auditor.now());
        String reason = request.reason() == null || request.reason().isBlank() ? ""
                : "（理由：" + request.reason().strip() + "）";
        auditor.record(r.audit(), AuditEvent.DOCUMENT, before.id(), "TRANSITION",
                request.transition().label() + "：" + stored.stage().label() + " → " + after.stage().label() + reason,
                stored, saved);
        return saved;
    }
}
