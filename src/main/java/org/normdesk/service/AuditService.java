package org.normdesk.service;

import java.util.List;

import org.normdesk.domain.access.AuditBreak;
import org.normdesk.store.Store;

/** The audit log as a whole: its length and the check of its hash chain. */
public final class AuditService {
    private final Store store;

    AuditService(Store store) {
        this.store = store;
    }

    /** What verifying found. */
    public record Verification(long events, List<AuditBreak> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    /** Walks the whole chain; every break found, oldest first. */
    public Verification verify() {
        return store.read(r -> new Verification(r.audit().count(), r.audit().verify()));
    }
}
