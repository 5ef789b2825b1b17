package org.normdesk.service;

import java.time.LocalDate;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.ValidityRule;
import org.normdesk.store.Store;

/**
 * The version chain at publication: when a revision (a draft that revises an older document, as a
 * cleanup's 修改 creates) is published, the document it revises becomes 已修改 from the day the
 * revision enters force, in the same transaction as the publication.
 */
final class RevisionChain {
    private RevisionChain() {
    }

    static void onPublished(Store.Repositories r, NormativeDocument published, Auditor auditor, LocalDate today) {
        r.revisions().revises(published.id()).flatMap(id -> r.documents().findById(id)).ifPresent(old -> {
            if (old.stage() != Stage.PUBLISHED || old.endOfForce() != null) {
                return; // already out of force by another decision
            }
            LocalDate on = published.effectiveOn() != null ? published.effectiveOn() : published.publishedOn();
            NormativeDocument after = old.toBuilder().endOfForce(EndOfForce.AMENDED).endOfForceOn(on).build();
            NormativeDocument saved = r.documents().update(after, ValidityRule.derive(after, today), auditor.now());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, old.id(), "END_OF_FORCE",
                    Texts.get("cleanup.audit.amended", published.title(), String.valueOf(on)), old, saved);
        });
    }
}
