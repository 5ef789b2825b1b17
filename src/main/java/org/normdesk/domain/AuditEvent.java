package org.normdesk.domain;

import java.time.LocalDateTime;

/** One entry of a record's history: who did what when, with the record before and after (as JSON). */
public record AuditEvent(Long id, LocalDateTime at, String actor, String entity, long entityId, String action,
                         String summary, String before, String after) {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String ISSUER = "ISSUER";
}
