package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.CLEANUP_CAMPAIGN;
import static org.normdesk.store.jooq.Tables.CLEANUP_ITEM;
import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.ISSUER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CampaignStatus;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.cleanup.Signal;
import org.normdesk.domain.cleanup.Suggestion;
import org.normdesk.store.jooq.tables.records.CleanupCampaignRecord;
import org.normdesk.store.jooq.tables.records.CleanupItemRecord;

/** 清理: campaigns, the documents in each (suggestion and decision), the scope query and the tally's GROUP BY. */
public final class CleanupRepository {
    private static final int BATCH = 500;

    private final DSLContext dsl;

    public CleanupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- campaigns

    public CleanupCampaign insert(CleanupCampaign c, LocalDate createdOn) {
        CleanupCampaignRecord r = dsl.newRecord(CLEANUP_CAMPAIGN);
        fill(r, c);
        r.setCreatedOn(createdOn);
        r.setVersion(0);
        r.store();
        return c.withId(r.getId(), createdOn);
    }

    /** Closes the campaign if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public void close(CleanupCampaign c, LocalDate decidedOn, LocalDateTime at) {
        int n = dsl.update(CLEANUP_CAMPAIGN)
                .set(CLEANUP_CAMPAIGN.STATUS, CampaignStatus.CLOSED.name())
                .set(CLEANUP_CAMPAIGN.DECIDED_ON, decidedOn)
                .set(CLEANUP_CAMPAIGN.CLOSED_AT, at)
                .set(CLEANUP_CAMPAIGN.VERSION, c.version() + 1)
                .where(CLEANUP_CAMPAIGN.ID.eq(c.id()).and(CLEANUP_CAMPAIGN.VERSION.eq(c.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
    }

    public Optional<CleanupCampaign> find(long id) {
        return dsl.selectFrom(CLEANUP_CAMPAIGN).where(CLEANUP_CAMPAIGN.ID.eq(id)).fetchOptional(CleanupRepository::campaign);
    }

    public Optional<CleanupCampaign> findByName(String name) {
        return dsl.selectFrom(CLEANUP_CAMPAIGN).where(CLEANUP_CAMPAIGN.NAME.eq(name)).fetchOptional(CleanupRepository::campaign);
    }

    /** Newest first; only the open ones when asked. */
    public List<CleanupCampaign> campaigns(boolean openOnly) {
        Condition c = openOnly ? CLEANUP_CAMPAIGN.STATUS.eq(CampaignStatus.OPEN.name()) : DSL.noCondition();
        return dsl.selectFrom(CLEANUP_CAMPAIGN).where(c).orderBy(CLEANUP_CAMPAIGN.CREATED_ON.desc(), CLEANUP_CAMPAIGN.ID.desc())
                .fetch(CleanupRepository::campaign);
    }

    /** How many documents each campaign holds and how many of them are decided, by campaign id. */
    public java.util.Map<Long, int[]> progress() {
        java.util.Map<Long, int[]> out = new java.util.HashMap<>();
        dsl.select(CLEANUP_ITEM.CAMPAIGN_ID, DSL.count(), DSL.count(CLEANUP_ITEM.OUTCOME)).from(CLEANUP_ITEM)
                .groupBy(CLEANUP_ITEM.CAMPAIGN_ID)
                .forEach(r -> out.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return out;
    }

    // ---- scope

    /** A published document still in the register's force (no end-of-force decision), made up to the cut-off. */
    public record ScopeDocument(long id, long issuerId, String title, String docNumber, LocalDate madeOn,
                                LocalDate validUntil, String fullText) {
    }

    /**
     * The documents a campaign covers: published, not yet ended by a decision (a passed 有效期 still
     * needs its 宣布失效), made (公布, else 成文) on or before the cut-off, of the scope's categories and issuers.
     */
    public List<ScopeDocument> inScope(CleanupCampaign c) {
        return inScope(c, null);
    }

    /**
     * As {@link #inScope(CleanupCampaign)}, narrowed to the given documents (a 专项清理 over the documents
     * citing a changed upper law); null means no narrowing.
     */
    public List<ScopeDocument> inScope(CleanupCampaign c, Collection<Long> documentIds) {
        var made = DSL.coalesce(DOCUMENT.PUBLISHED_ON, DOCUMENT.SIGNED_ON);
        Condition where = DOCUMENT.STAGE.eq(Stage.PUBLISHED.name())
                .and(DOCUMENT.END_OF_FORCE.isNull())
                .and(made.le(c.cutOff()));
        if (documentIds != null) {
            where = where.and(DOCUMENT.ID.in(documentIds));
        }
        if (!c.categories().isEmpty()) {
            where = where.and(ISSUER.CATEGORY.in(c.categories().stream().map(Enum::name).toList()));
        }
        if (!c.issuerIds().isEmpty()) {
            where = where.and(DOCUMENT.LEAD_ISSUER_ID.in(c.issuerIds()));
        }
        return dsl.select(DOCUMENT.ID, DOCUMENT.LEAD_ISSUER_ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, made,
                        DOCUMENT.VALID_UNTIL, DOCUMENT.FULL_TEXT)
                .from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(where).orderBy(made, DOCUMENT.ID)
                .fetch(r -> new ScopeDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** A published document that may replace an older one: who made it, its title and when. */
    public record Candidate(long id, long issuerId, String title, String docNumber, LocalDate publishedOn) {
    }

    /** Published documents of these issuers made after the day (the newer documents on the same matter come from here). */
    public List<Candidate> publishedOf(Collection<Long> issuerIds, LocalDate after) {
        if (issuerIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(DOCUMENT.ID, DOCUMENT.LEAD_ISSUER_ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.PUBLISHED_ON)
                .from(DOCUMENT)
                .where(DOCUMENT.STAGE.eq(Stage.PUBLISHED.name()).and(DOCUMENT.LEAD_ISSUER_ID.in(issuerIds))
                        .and(DOCUMENT.PUBLISHED_ON.gt(after)))
                .orderBy(DOCUMENT.PUBLISHED_ON.desc(), DOCUMENT.ID.desc())
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    // ---- items

    /** A document entering a campaign with its suggestion. */
    public record NewItem(long documentId, long issuerId, Suggestion suggestion) {
    }

    public void insertItems(long campaignId, List<NewItem> items) {
        for (int from = 0; from < items.size(); from += BATCH) {
            InsertSetMoreStep<CleanupItemRecord> insert = null;
            for (NewItem i : items.subList(from, Math.min(items.size(), from + BATCH))) {
                CleanupItemRecord r = dsl.newRecord(CLEANUP_ITEM);
                r.setCampaignId(campaignId);
                r.setDocumentId(i.documentId());
                r.setIssuerId(i.issuerId());
                r.setSuggested(i.suggestion().outcome().name());
                r.setSignalKind(i.suggestion().signal().name());
                r.setSignalDetail(cut(i.suggestion().detail(), 1000));
                r.setVersion(0);
                insert = insert == null ? dsl.insertInto(CLEANUP_ITEM).set(r) : insert.newRecord().set(r);
            }
            insert.execute();
        }
    }

    /** The campaign's documents with their particulars, oldest first (as the lists are published). */
    public List<CleanupItem> items(long campaignId) {
        return select().where(CLEANUP_ITEM.CAMPAIGN_ID.eq(campaignId))
                .orderBy(DSL.coalesce(DOCUMENT.PUBLISHED_ON, DOCUMENT.SIGNED_ON), DOCUMENT.ID)
                .fetch(CleanupRepository::item);
    }

    public Optional<CleanupItem> item(long itemId) {
        return select().where(CLEANUP_ITEM.ID.eq(itemId)).fetchOptional(CleanupRepository::item);
    }

    /** Records a decision if the item did not change since it was read; otherwise throws {@link StaleDataException}. */
    public void decide(CleanupItem item, Decision d, LocalDateTime at) {
        int n = dsl.update(CLEANUP_ITEM)
                .set(CLEANUP_ITEM.OUTCOME, d.outcome().name())
                .set(CLEANUP_ITEM.REASON, d.reason() == null ? null : d.reason().name())
                .set(CLEANUP_ITEM.REASON_NOTE, cut(d.reasonNote(), 1000))
                .set(CLEANUP_ITEM.RESPONSIBLE_UNIT, cut(d.responsibleUnit(), 200))
                .set(CLEANUP_ITEM.NOTE, cut(d.note(), 1000))
                .set(CLEANUP_ITEM.DECIDED_AT, at)
                .set(CLEANUP_ITEM.VERSION, item.version() + 1)
                .where(CLEANUP_ITEM.ID.eq(item.id()).and(CLEANUP_ITEM.VERSION.eq(item.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
    }

    public void setRevision(long itemId, long revisionId) {
        dsl.update(CLEANUP_ITEM).set(CLEANUP_ITEM.REVISION_ID, revisionId).where(CLEANUP_ITEM.ID.eq(itemId)).execute();
    }

    // ---- tally

    /** One GROUP BY row: documents of an issuer with an outcome (null: undecided). */
    public record TallyRow(long issuerId, CleanupOutcome outcome, int count) {
    }

    /** The campaign's items counted per issuer and outcome by the database (a few hundred rows at most). */
    public List<TallyRow> tally(long campaignId) {
        return dsl.select(CLEANUP_ITEM.ISSUER_ID, CLEANUP_ITEM.OUTCOME, DSL.count()).from(CLEANUP_ITEM)
                .where(CLEANUP_ITEM.CAMPAIGN_ID.eq(campaignId))
                .groupBy(CLEANUP_ITEM.ISSUER_ID, CLEANUP_ITEM.OUTCOME)
                .fetch(r -> new TallyRow(r.value1(), r.value2() == null ? null : CleanupOutcome.valueOf(r.value2()),
                        r.value3()));
    }

    // ---- mapping

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(CLEANUP_ITEM.fields()).select(DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.PUBLISHED_ON,
                        DOCUMENT.SIGNED_ON, DOCUMENT.VALID_UNTIL, DOCUMENT.VALIDITY, ISSUER.NAME, ISSUER.CATEGORY)
                .from(CLEANUP_ITEM).join(DOCUMENT).on(DOCUMENT.ID.eq(CLEANUP_ITEM.DOCUMENT_ID))
                .join(ISSUER).on(ISSUER.ID.eq(CLEANUP_ITEM.ISSUER_ID));
    }

    private static CleanupItem item(Record r) {
        String outcome = r.get(CLEANUP_ITEM.OUTCOME);
        Decision decision = outcome == null ? null : new Decision(CleanupOutcome.valueOf(outcome),
                r.get(CLEANUP_ITEM.REASON) == null ? null : CleanupReason.valueOf(r.get(CLEANUP_ITEM.REASON)),
                r.get(CLEANUP_ITEM.REASON_NOTE), r.get(CLEANUP_ITEM.RESPONSIBLE_UNIT), r.get(CLEANUP_ITEM.NOTE));
        String validity = r.get(DOCUMENT.VALIDITY);
        LocalDate published = r.get(DOCUMENT.PUBLISHED_ON);
        return new CleanupItem(r.get(CLEANUP_ITEM.ID), r.get(CLEANUP_ITEM.CAMPAIGN_ID), r.get(CLEANUP_ITEM.DOCUMENT_ID),
                r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER), r.get(ISSUER.NAME),
                IssuerCategory.valueOf(r.get(ISSUER.CATEGORY)),
                published != null ? published : r.get(DOCUMENT.SIGNED_ON), r.get(DOCUMENT.VALID_UNTIL),
                validity == null ? null : Validity.valueOf(validity),
                new Suggestion(CleanupOutcome.valueOf(r.get(CLEANUP_ITEM.SUGGESTED)),
                        Signal.valueOf(r.get(CLEANUP_ITEM.SIGNAL_KIND)),
                        r.get(CLEANUP_ITEM.SIGNAL_DETAIL) == null ? "" : r.get(CLEANUP_ITEM.SIGNAL_DETAIL)),
                decision, r.get(CLEANUP_ITEM.REVISION_ID), r.get(CLEANUP_ITEM.VERSION));
    }

    private static void fill(CleanupCampaignRecord r, CleanupCampaign c) {
        r.setName(c.name());
        r.setKind(c.kind().name());
        r.setTheme(c.theme());
        r.setCutOff(c.cutOff());
        r.setScopeCategories(c.categories().stream().map(Enum::name).collect(Collectors.joining(",")));
        r.setScopeIssuers(c.issuerIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        r.setResponsibleUnits(c.responsibleUnits());
        r.setStatus(c.status().name());
    }

    private static CleanupCampaign campaign(CleanupCampaignRecord r) {
        Set<IssuerCategory> categories = EnumSet.noneOf(IssuerCategory.class);
        List<Long> issuers = new ArrayList<>();
        Arrays.stream(r.getScopeCategories().split(",")).filter(s -> !s.isBlank())
                .forEach(s -> categories.add(IssuerCategory.valueOf(s)));
        Arrays.stream(r.getScopeIssuers().split(",")).filter(s -> !s.isBlank()).forEach(s -> issuers.add(Long.valueOf(s)));
        return new CleanupCampaign(r.getId(), r.getName(), CampaignKind.valueOf(r.getKind()), r.getTheme(),
                r.getCutOff(), categories, issuers, r.getResponsibleUnits(), CampaignStatus.valueOf(r.getStatus()),
                r.getCreatedOn(), r.getDecidedOn(), r.getVersion());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
