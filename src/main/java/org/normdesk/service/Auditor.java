package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDateTime;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.access.Permission;
import org.normdesk.store.AuditRepository;

/**
 * Writes audit events in the name of the person using this normdesk, and refuses an action that
 * person's role does not allow (every service asks here before it changes anything).
 */
final class Auditor {
    private final Clock clock;
    private final Session session;

    Auditor(Clock clock, Session session) {
        this.clock = clock;
        this.session = session;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** @throws org.normdesk.domain.access.Actor.AccessDenied naming the user, the role, and who may */
    void require(Permission p) {
        session.require(p);
    }

    String actorName() {
        return session.current().name();
    }

    void record(AuditRepository audit, String entity, long id, String action, String summary, Object before,
                Object after) {
        audit.append(event(entity, id, action, summary, before, after));
    }

    AuditEvent event(String entity, long id, String action, String summary, Object before, Object after) {
        return eventAs(actorName(), entity, id, action, summary, before, after);
    }

    /** An event in the name of someone not (yet) signed in: a failed or locked sign-in names the account tried. */
    AuditEvent eventAs(String actor, String entity, long id, String action, String summary, Object before,
                       Object after) {
        return new AuditEvent(null, now(), actor, entity, id, action, summary,
                before == null ? null : Json.write(before), after == null ? null : Json.write(after));
    }
}
