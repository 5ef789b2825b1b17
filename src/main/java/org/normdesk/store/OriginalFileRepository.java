package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.ORIGINAL_FILE;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.normdesk.store.jooq.tables.records.OriginalFileRecord;

/** The original files of imported documents, found again by their bytes' or their text's SHA-256. */
public final class OriginalFileRepository {
    private final DSLContext dsl;

    public OriginalFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long documentId, String fileName, String sha256, String textSha256, byte[] content,
                       LocalDateTime importedAt) {
        OriginalFileRecord r = dsl.newRecord(ORIGINAL_FILE);
        r.setDocumentId(documentId);
        r.setFileName(fileName);
        r.setSha256(sha256);
        r.setTextSha256(textSha256);
        r.setSizeBytes((long) content.length);
        r.setContent(content);
        r.setImportedAt(importedAt);
        r.store();
        return r.getId();
    }

    /** The document that an identical file was imported as. */
    public Optional<Long> documentWithFile(String sha256) {
        return dsl.select(ORIGINAL_FILE.DOCUMENT_ID).from(ORIGINAL_FILE).where(ORIGINAL_FILE.SHA256.eq(sha256))
                .limit(1).fetchOptional(ORIGINAL_FILE.DOCUMENT_ID);
    }

    /** The document whose extracted text is the same (another file or format of the same document). */
    public Optional<Long> documentWithText(String textSha256) {
        return dsl.select(ORIGINAL_FILE.DOCUMENT_ID).from(ORIGINAL_FILE).where(ORIGINAL_FILE.TEXT_SHA256.eq(textSha256))
                .limit(1).fetchOptional(ORIGINAL_FILE.DOCUMENT_ID);
    }
}
