package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.AUDIT_EVENT;

import java.util.List;

import org.jooq.DSLContext;
import org.normdesk.domain.AuditEvent;

/** The audit log: events are only ever appended, never changed. */
public final class AuditRepository {
    private static final int BATCH = 500;

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(AuditEvent e) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, e.at())
                .set(AUDIT_EVENT.ACTOR, e.actor())
                .set(AUDIT_EVENT.ENTITY, e.entity())
                .set(AUDIT_EVENT.ENTITY_ID, e.entityId())
                .set(AUDIT_EVENT.ACTION, e.action())
                .set(AUDIT_EVENT.SUMMARY, e.summary())
                .set(AUDIT_EVENT.BEFORE_DATA, e.before())
                .set(AUDIT_EVENT.AFTER_DATA, e.after())
                .execute();
    }

    /** Appends many events in one statement per few hundred (bulk entry of documents). */
    public void appendAll(List<AuditEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            var insert = dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY,
                    AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.SUMMARY, AUDIT_EVENT.BEFORE_DATA,
                    AUDIT_EVENT.AFTER_DATA);
            for (AuditEvent e : events.subList(from, Math.min(events.size(), from + BATCH))) {
                insert = insert.values(e.at(), e.actor(), e.entity(), e.entityId(), e.action(), e.summary(), e.before(),
                        e.after());
            }
            insert.execute();
        }
    }

    /** The history of one record, oldest first. */
    public List<AuditEvent> history(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq(entity).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> new AuditEvent(r.getId(), r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(),
                        r.getAction(), r.getSummary(), r.getBeforeData(), r.getAfterData()));
    }
}
