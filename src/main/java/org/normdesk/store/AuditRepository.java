package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.AUDIT_CHAIN_HEAD;
import static org.normdesk.store.jooq.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.access.AuditBreak;
import org.normdesk.store.jooq.tables.records.AuditChainHeadRecord;
import org.normdesk.store.jooq.tables.records.AuditEventRecord;

/**
 * The audit log: events are only ever appended, never changed, and chained. Each event stores the
 * hash of the event before it ({@code prev_hash}) and its own hash ({@code event_hash}), so a changed,
 * removed or slipped-in event breaks the chain where it happened ({@link #verify}).
 *
 * <p>The hash is SHA-256, written as 64 lower-case hex digits, over the UTF-8 bytes of this
 * canonical encoding: the text {@code normdesk-audit-1}, then for each field, in this order —
 * prev_hash, occurred_at, actor, entity, entity_id, action, summary, before_data, after_data —
 * a {@code |} followed by {@code -} when the field is NULL, or else by its text's length in UTF-8
 * bytes, a {@code :}, and the text. occurred_at is written {@code yyyy-MM-ddTHH:mm:ss.SSSSSS} (the
 * stored precision, microseconds), entity_id in decimal. The length prefix keeps two different
 * events from ever encoding to the same bytes. The first event's prev_hash is 64 zeros.
 *
 * <p>Appends lock the one row of {@code audit_chain_head} FOR UPDATE in their own transaction, so
 * two transactions appending at once are put one after the other and cannot both link to the same
 * predecessor. The head also remembers the newest event, so removing the newest events shows.
 */
public final class AuditRepository {
    public static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(AuditEvent e) {
        appendAll(List.of(e));
    }

    /** Appends many events, one statement per few hundred (bulk entry of documents), chained in list order. */
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        AuditChainHeadRecord head = lockHead();
        String prev = head.getLastHash();
        for (int from = 0; from < events.size(); from += BATCH) {
            var insert = dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY,
                    AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.SUMMARY, AUDIT_EVENT.BEFORE_DATA,
                    AUDIT_EVENT.AFTER_DATA, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.EVENT_HASH);
            for (AuditEvent e : events.subList(from, Math.min(events.size(), from + BATCH))) {
                LocalDateTime at = e.at().truncatedTo(ChronoUnit.MICROS);
                String hash = hash(prev, at, e.actor(), e.entity(), e.entityId(), e.action(), e.summary(), e.before(),
                        e.after());
                insert = insert.values(at, e.actor(), e.entity(), e.entityId(), e.action(), e.summary(), e.before(),
                        e.after(), prev, hash);
                prev = hash;
            }
            insert.execute();
        }
        // The head is locked: no event but this transaction's can be newer.
        Long lastId = dsl.select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne(0, Long.class);
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, lastId).set(AUDIT_CHAIN_HEAD.LAST_HASH, prev)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
    }

    private AuditChainHeadRecord lockHead() {
        return dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).forUpdate().fetchSingle();
    }

    /** The history of one record, oldest first. */
    public List<AuditEvent> history(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq(entity).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(AuditRepository::event);
    }

    /** The newest events of the whole log, newest first. */
    public List<AuditEvent> newest(int limit) {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(limit).fetch(AuditRepository::event);
    }

    private static AuditEvent event(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(),
                r.getAction(), r.getSummary(), r.getBeforeData(), r.getAfterData());
    }

    /**
     * Walks the whole log, oldest first, and returns every break of the chain (none: intact). Reads
     * with a cursor, so a log of millions of events never sits in memory.
     */
    public List<AuditBreak> verify() {
        List<AuditBreak> breaks = new ArrayList<>();
        String expected = GENESIS;
        long previousId = 0;
        long lastChainedId = 0;
        try (Cursor<AuditEventRecord> events = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(1000)
                .fetchLazy()) {
            for (AuditEventRecord r : events) {
                if (r.getEventHash() == null) {
                    breaks.add(new AuditBreak(r.getId(), AuditBreak.Kind.UNCHAINED, previousId));
                } else {
                    if (!expected.equals(r.getPrevHash())) {
                        breaks.add(new AuditBreak(r.getId(), AuditBreak.Kind.LINK_BROKEN, previousId));
                    }
                    if (!hashOf(r).equals(r.getEventHash())) {
                        breaks.add(new AuditBreak(r.getId(), AuditBreak.Kind.CHANGED, previousId));
                    }
                    expected = r.getEventHash();
                    lastChainedId = r.getId();
                }
                previousId = r.getId();
            }
        }
        AuditChainHeadRecord head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
        if (head.getLastEventId() != null
                && (head.getLastEventId() != lastChainedId || !head.getLastHash().equals(expected))) {
            breaks.add(new AuditBreak(lastChainedId, AuditBreak.Kind.TAIL_REMOVED, head.getLastEventId()));
        }
        return breaks;
    }

    public long count() {
        return dsl.fetchCount(AUDIT_EVENT);
    }

    /**
     * Once, after the migration that brought the chain: chains the events written before it, oldest
     * first. Does nothing when the chain has begun (a later event without a hash is a break, not
     * something to adopt). Runs before {@link #protect} forbids updates.
     *
     * @return how many events were chained
     */
    int chainLegacyEvents() {
        AuditChainHeadRecord head = lockHead();
        if (head.getLastEventId() != null) {
            return 0;
        }
        String prev = head.getLastHash();
        long lastId = 0;
        int chained = 0;
        List<AuditEventRecord> legacy = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.EVENT_HASH.isNull())
                .orderBy(AUDIT_EVENT.ID).fetch();
        for (AuditEventRecord r : legacy) {
            r.setOccurredAt(r.getOccurredAt().truncatedTo(ChronoUnit.MICROS));
            r.setPrevHash(prev);
            String hash = hashOf(r);
            dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.PREV_HASH, prev).set(AUDIT_EVENT.EVENT_HASH, hash)
                    .where(AUDIT_EVENT.ID.eq(r.getId())).execute();
            prev = hash;
            lastId = r.getId();
            chained++;
        }
        if (chained > 0) {
            dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_EVENT_ID, lastId)
                    .set(AUDIT_CHAIN_HEAD.LAST_HASH, prev).where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        }
        return chained;
    }

    /** Makes the database itself refuse UPDATE and DELETE of audit events ({@link AuditAppendOnly}). */
    void protect() {
        dsl.execute("CREATE TRIGGER IF NOT EXISTS audit_event_append_only BEFORE UPDATE, DELETE ON audit_event "
                + "FOR EACH ROW CALL '" + AuditAppendOnly.class.getName() + "'");
    }

    private static String hashOf(AuditEventRecord r) {
        return hash(r.getPrevHash(), r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(), r.getAction(),
                r.getSummary(), r.getBeforeData(), r.getAfterData());
    }

    /** The canonical encoding and hash described on this class. */
    static String hash(String prevHash, LocalDateTime at, String actor, String entity, long entityId, String action,
                       String summary, String before, String after) {
        StringBuilder s = new StringBuilder("normdesk-audit-1");
        for (String field : new String[] {prevHash, at == null ? null : at.format(AT), actor, entity,
                Long.toString(entityId), action, summary, before, after}) {
            s.append('|');
            if (field == null) {
                s.append('-');
            } else {
                s.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
