package org.normdesk.domain.review;

import java.time.LocalDateTime;

/** One version of a document's text: the first 送审稿, then each revised draft. */
public record DocumentVersion(Long id, long documentId, int number, String text, LocalDateTime createdAt, String note) {
}
