package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;

import java.util.Optional;

import org.jooq.DSLContext;

/**
 * The version chain of the register: a new document that revises an older one (a 修改 of a cleanup
 * creates it). Kept apart from {@link DocumentRepository} because only the link is read and written here.
 */
public final class RevisionRepository {
    private final DSLContext dsl;

    public RevisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks {@code revisionId} as the revision of {@code revisedId}. */
    public void link(long revisionId, long revisedId) {
        dsl.update(DOCUMENT).set(DOCUMENT.REVISES_ID, revisedId).where(DOCUMENT.ID.eq(revisionId)).execute();
    }

    /** The document this one revises, if any. */
    public Optional<Long> revises(long documentId) {
        return dsl.select(DOCUMENT.REVISES_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId))
                .fetchOptional(DOCUMENT.REVISES_ID);
    }

    /** The newest document that revises this one, if any. */
    public Optional<Long> revisionOf(long documentId) {
        return dsl.select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.REVISES_ID.eq(documentId))
                .orderBy(DOCUMENT.ID.desc()).limit(1).fetchOptional(DOCUMENT.ID);
    }
}
