package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_TERMS;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.normdesk.domain.Validity;

/**
 * The stored word counts of the documents (相似文件, V13): which ones are missing or were made from
 * an older text, the texts to make them from, and the counts themselves.
 */
public final class DocumentTermsRepository {
    private final DSLContext dsl;

    public DocumentTermsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A document and the state of its stored counts: {@code storedVersion} is -1 when it has none;
     * the counts are current when it equals {@code version} and {@code storedRecipe} the recipe in use.
     */
    public record State(long id, int version, int storedVersion, int storedRecipe) {
        public boolean current(int recipe) {
            return storedVersion == version && storedRecipe == recipe;
        }
    }

    /** The text a document's counts are made from, and the hash of the text its stored counts were made from (or null). */
    public record Source(long id, int version, String title, String fullText, String storedHash, int storedRecipe) {
    }

    /** Every document with one of these 时效性, with the state of its counts: one indexed read, no text. */
    public List<State> states(Collection<Validity> validities) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.VERSION, DOCUMENT_TERMS.SOURCE_VERSION, DOCUMENT_TERMS.RECIPE)
                .from(DOCUMENT).leftJoin(DOCUMENT_TERMS).on(DOCUMENT_TERMS.DOCUMENT_ID.eq(DOCUMENT.ID))
                .where(DOCUMENT.VALIDITY.in(validities.stream().map(Validity::name).toList()))
                .fetch(r -> new State(r.value1(), r.value2(), r.value3() == null ? -1 : r.value3(),
                        r.value4() == null ? -1 : r.value4()));
    }

    /** The same for one document, whatever its 时效性 (a draft). */
    public State state(long id) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.VERSION, DOCUMENT_TERMS.SOURCE_VERSION, DOCUMENT_TERMS.RECIPE)
                .from(DOCUMENT).leftJoin(DOCUMENT_TERMS).on(DOCUMENT_TERMS.DOCUMENT_ID.eq(DOCUMENT.ID))
                .where(DOCUMENT.ID.eq(id))
                .fetchOptional(r -> new State(r.value1(), r.value2(), r.value3() == null ? -1 : r.value3(),
                        r.value4() == null ? -1 : r.value4()))
                .orElse(null);
    }

    public List<Source> sources(Collection<Long> ids) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.VERSION, DOCUMENT.TITLE, DOCUMENT.FULL_TEXT, DOCUMENT_TERMS.TEXT_HASH,
                        DOCUMENT_TERMS.RECIPE)
                .from(DOCUMENT).leftJoin(DOCUMENT_TERMS).on(DOCUMENT_TERMS.DOCUMENT_ID.eq(DOCUMENT.ID))
                .where(DOCUMENT.ID.in(ids))
                .fetch(r -> new Source(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? -1 : r.value6()));
    }

    /** Stores (or replaces) a document's counts, made from the text of {@code version} whose hash is given. */
    public void save(long id, int version, String textHash, int recipe, String terms) {
        int n = dsl.update(DOCUMENT_TERMS)
                .set(DOCUMENT_TERMS.SOURCE_VERSION, version)
                .set(DOCUMENT_TERMS.TEXT_HASH, textHash)
                .set(DOCUMENT_TERMS.RECIPE, recipe)
                .set(DOCUMENT_TERMS.TERMS, terms)
                .where(DOCUMENT_TERMS.DOCUMENT_ID.eq(id))
                .execute();
        if (n == 0) {
            dsl.insertInto(DOCUMENT_TERMS)
                    .set(DOCUMENT_TERMS.DOCUMENT_ID, id)
                    .set(DOCUMENT_TERMS.SOURCE_VERSION, version)
                    .set(DOCUMENT_TERMS.TEXT_HASH, textHash)
                    .set(DOCUMENT_TERMS.RECIPE, recipe)
                    .set(DOCUMENT_TERMS.TERMS, terms)
                    .execute();
        }
    }

    /** Marks stored counts as checked against {@code version}: the document changed, its text did not. */
    public void confirm(long id, int version) {
        dsl.update(DOCUMENT_TERMS).set(DOCUMENT_TERMS.SOURCE_VERSION, version)
                .where(DOCUMENT_TERMS.DOCUMENT_ID.eq(id)).execute();
    }

    /** The stored counts (as {@code TermCounts.serialize} wrote them) with the version they were checked against. */
    public record Stored(int version, String terms) {
    }

    public Map<Long, Stored> terms(Collection<Long> ids) {
        Map<Long, Stored> out = new HashMap<>(ids.size() * 2);
        dsl.select(DOCUMENT_TERMS.DOCUMENT_ID, DOCUMENT_TERMS.SOURCE_VERSION, DOCUMENT_TERMS.TERMS)
                .from(DOCUMENT_TERMS).where(DOCUMENT_TERMS.DOCUMENT_ID.in(ids))
                .forEach(r -> out.put(r.value1(), new Stored(r.value2(), r.value3())));
        return out;
    }
}
