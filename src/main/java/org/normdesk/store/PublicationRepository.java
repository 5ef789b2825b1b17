package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DELIBERATION;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_VERSION;
import static org.normdesk.store.jooq.Tables.NUMBER_SEQUENCE;
import static org.normdesk.store.jooq.Tables.OPINION_TEMPLATE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.DocumentVersion;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.OpinionTemplate;

/**
 * What a document gathers on its way from review to publication: versions of its text, the
 * deliberation records, gap-free numbers, and the office's reusable opinions.
 */
public final class PublicationRepository {
    private final DSLContext dsl;

    public PublicationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Makes sure the sequence row exists, in its own short transaction before the one that takes a
     * number: two first registrations of a year at the same moment would otherwise both insert it.
     */
    public void ensureSequence(String scope, int year) {
        dsl.insertInto(NUMBER_SEQUENCE, NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.SEQ_YEAR, NUMBER_SEQUENCE.LAST_VALUE)
                .values(scope, year, 0)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /**
     * The next number of a sequence, gap-free: the row is locked until the calling transaction
     * ends, so a second registration at the same moment waits and takes the following number, and
     * a rolled-back transaction gives its number back. Call {@link Store#prepareSequence} first.
     */
    public int nextNumber(String scope, int year) {
        Integer last = dsl.select(NUMBER_SEQUENCE.LAST_VALUE).from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope).and(NUMBER_SEQUENCE.SEQ_YEAR.eq(year)))
                .forUpdate()
                .fetchOne(NUMBER_SEQUENCE.LAST_VALUE);
        if (last == null) {
            ensureSequence(scope, year);
            last = 0;
        }
        dsl.update(NUMBER_SEQUENCE).set(NUMBER_SEQUENCE.LAST_VALUE, last + 1)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope).and(NUMBER_SEQUENCE.SEQ_YEAR.eq(year))).execute();
        return last + 1;
    }

    public DocumentVersion addVersion(long documentId, String text, LocalDateTime at, String note) {
        Integer last = dsl.select(org.jooq.impl.DSL.max(DOCUMENT_VERSION.VERSION_NO)).from(DOCUMENT_VERSION)
                .where(DOCUMENT_VERSION.DOCUMENT_ID.eq(documentId)).fetchOne(0, Integer.class);
        int number = last == null ? 1 : last + 1;
        var r = dsl.newRecord(DOCUMENT_VERSION);
        r.setDocumentId(documentId);
        r.setVersionNo(number);
        r.setFullText(text);
        r.setCreatedAt(at);
        r.setNote(note);
        r.store();
        return new DocumentVersion(r.getId(), documentId, number, text, at, note);
    }

    public List<DocumentVersion> versions(long documentId) {
        return dsl.selectFrom(DOCUMENT_VERSION).where(DOCUMENT_VERSION.DOCUMENT_ID.eq(documentId))
                .orderBy(DOCUMENT_VERSION.VERSION_NO)
                .fetch(r -> new DocumentVersion(r.getId(), r.getDocumentId(), r.getVersionNo(), r.getFullText(),
                        r.getCreatedAt(), r.getNote()));
    }

    public Deliberation addDeliberation(Deliberation d) {
        var r = dsl.newRecord(DELIBERATION);
        r.setDocumentId(d.documentId());
        r.setMeeting(d.meeting().name());
        r.setSession(d.session());
        r.setHeldOn(d.heldOn());
        r.setDecision(d.decision().name());
        r.setDissent(d.dissent());
        r.store();
        return new Deliberation(r.getId(), d.documentId(), d.meeting(), d.session(), d.heldOn(), d.decision(), d.dissent());
    }

    public List<Deliberation> deliberations(long documentId) {
        return dsl.selectFrom(DELIBERATION).where(DELIBERATION.DOCUMENT_ID.eq(documentId)).orderBy(DELIBERATION.ID)
                .fetch(r -> new Deliberation(r.getId(), r.getDocumentId(), MeetingKind.valueOf(r.getMeeting()),
                        r.getSession(), r.getHeldOn(), DeliberationDecision.valueOf(r.getDecision()), r.getDissent()));
    }

    public void setEffectiveGapReason(long documentId, String reason) {
        dsl.update(DOCUMENT).set(DOCUMENT.EFFECTIVE_GAP_REASON, reason).where(DOCUMENT.ID.eq(documentId)).execute();
    }

    public Optional<String> effectiveGapReason(long documentId) {
        return dsl.select(DOCUMENT.EFFECTIVE_GAP_REASON).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId))
                .fetchOptional(DOCUMENT.EFFECTIVE_GAP_REASON);
    }

    public OpinionTemplate saveTemplate(OpinionTemplate t) {
        if (t.id() == null) {
            var r = dsl.newRecord(OPINION_TEMPLATE);
            r.setCategory(t.category().name());
            r.setTitle(t.title());
            r.setOpinion(t.opinion());
            r.setLegalBasis(t.legalBasis());
            r.store();
            return new OpinionTemplate(r.getId(), t.category(), t.title(), t.opinion(), t.legalBasis());
        }
        dsl.update(OPINION_TEMPLATE)
                .set(OPINION_TEMPLATE.CATEGORY, t.category().name())
                .set(OPINION_TEMPLATE.TITLE, t.title())
                .set(OPINION_TEMPLATE.OPINION, t.opinion())
                .set(OPINION_TEMPLATE.LEGAL_BASIS, t.legalBasis())
                .where(OPINION_TEMPLATE.ID.eq(t.id())).execute();
        return t;
    }

    public void deleteTemplate(long id) {
        dsl.deleteFrom(OPINION_TEMPLATE).where(OPINION_TEMPLATE.ID.eq(id)).execute();
    }

    public List<OpinionTemplate> templates() {
        return dsl.selectFrom(OPINION_TEMPLATE).orderBy(OPINION_TEMPLATE.CATEGORY, OPINION_TEMPLATE.ID)
                .fetch(r -> new OpinionTemplate(r.getId(), ChecklistItem.valueOf(r.getCategory()), r.getTitle(),
                        r.getOpinion(), r.getLegalBasis()));
    }
}
