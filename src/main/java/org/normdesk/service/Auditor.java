package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDateTime;

import org.normdesk.domain.AuditEvent;
import org.normdesk.store.AuditRepository;

/** Writes audit events in the name of the person using this normdesk. */
final class Auditor {
    private final Clock clock;
    private final String actor;

    Auditor(Clock clock, String actor) {
        this.clock = clock;
        this.actor = actor;
    }

    String actor() {
        return actor;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    void record(AuditRepository audit, String entity, long id, String action, String summary, Object before,
                Object after) {
        audit.append(event(entity, id, action, summary, before, after));
    }

    AuditEvent event(String entity, long id, String action, String summary, Object before, Object after) {
        return new AuditEvent(null, now(), actor, entity, id, action, summary,
                before == null ? null : Json.write(before), after == null ? null : Json.write(after));
    }
}
