package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.RISK_DISMISSAL;
import static org.normdesk.store.jooq.Tables.RISK_RULE_PACK;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.normdesk.domain.risk.Dismissal;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.store.jooq.tables.records.RiskDismissalRecord;

/** The office's risk rule pack (as its JSON text) and the dismissed findings. */
public final class RiskRepository {
    private static final int PACK_ROW = 1;
    private final DSLContext dsl;

    public RiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The imported pack's JSON, empty when the built-in pack applies. */
    public Optional<String> packContent() {
        return dsl.select(RISK_RULE_PACK.CONTENT).from(RISK_RULE_PACK).where(RISK_RULE_PACK.ID.eq(PACK_ROW))
                .fetchOptional(RISK_RULE_PACK.CONTENT);
    }

    public void savePack(String version, String content, LocalDateTime at, String by) {
        dsl.deleteFrom(RISK_RULE_PACK).where(RISK_RULE_PACK.ID.eq(PACK_ROW)).execute();
        dsl.insertInto(RISK_RULE_PACK, RISK_RULE_PACK.ID, RISK_RULE_PACK.PACK_VERSION, RISK_RULE_PACK.CONTENT,
                RISK_RULE_PACK.IMPORTED_AT, RISK_RULE_PACK.IMPORTED_BY).values(PACK_ROW, version, content, at, by).execute();
    }

    public void deletePack() {
        dsl.deleteFrom(RISK_RULE_PACK).execute();
    }

    public Dismissal insert(Dismissal d) {
        RiskDismissalRecord r = dsl.newRecord(RISK_DISMISSAL);
        r.setDocumentId(d.documentId());
        r.setCategory(d.category().name());
        r.setArticleRef(d.articleRef());
        r.setSentence(d.sentence());
        r.setReason(d.reason());
        r.setDismissedAt(d.dismissedAt());
        r.setDismissedBy(d.dismissedBy());
        r.store();
        return toDismissal(r);
    }

    public List<Dismissal> dismissals(long documentId) {
        return dsl.selectFrom(RISK_DISMISSAL).where(RISK_DISMISSAL.DOCUMENT_ID.eq(documentId))
                .orderBy(RISK_DISMISSAL.ID).fetch(RiskRepository::toDismissal);
    }

    /** Dismissals per category over the whole register. */
    public Map<RiskCategory, Integer> countsByCategory() {
        Map<RiskCategory, Integer> out = new EnumMap<>(RiskCategory.class);
        dsl.select(RISK_DISMISSAL.CATEGORY, DSL.count()).from(RISK_DISMISSAL).groupBy(RISK_DISMISSAL.CATEGORY)
                .fetch().forEach(r -> out.put(RiskCategory.valueOf(r.value1()), r.value2()));
        return out;
    }

    /**
     * Ids and titles of documents whose full text contains the given words (a first, cheap look before
     * the citations are read), with the 时效性 stored for them.
     */
    public List<DocumentText> documentsContaining(String words) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.VALIDITY, DOCUMENT.FULL_TEXT)
                .from(DOCUMENT).where(DOCUMENT.FULL_TEXT.contains(words)).orderBy(DOCUMENT.ID)
                .fetch(r -> new DocumentText(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A document's id, title, 文号, stored 时效性 name and full text. */
    public record DocumentText(long id, String title, String docNumber, String validity, String fullText) {
    }

    private static Dismissal toDismissal(RiskDismissalRecord r) {
        return new Dismissal(r.getId(), r.getDocumentId(), RiskCategory.valueOf(r.getCategory()), r.getArticleRef(),
                r.getSentence(), r.getReason(), r.getDismissedAt(), r.getDismissedBy());
    }
}
