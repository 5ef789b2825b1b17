package org.normdesk.store;

import org.normdesk.domain.Texts;

/** Someone saved the same record after it was read here (optimistic locking on the version column). */
public class StaleDataException extends RuntimeException {
    public StaleDataException() {
        super(Texts.get("store.stale"));
    }
}
