package org.normdesk.domain.access;

import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;

/**
 * A place where the audit log's hash chain does not hold.
 *
 * @param eventId    the event at which the break shows (for TAIL_REMOVED: the newest event left, 0 if none)
 * @param previousId the event before it in the log (0: none), which tells where events went missing
 */
public record AuditBreak(long eventId, Kind kind, long previousId) {

    public enum Kind implements Labelled {
        /** The event's fields no longer give its stored hash: it was changed after it was written. */
        CHANGED,
        /** The event does not point to the event before it: events before it were removed or put in. */
        LINK_BROKEN,
        /** An event without a hash after the chain began: written past normdesk. */
        UNCHAINED,
        /** The chain's head names a newer event than the newest one there: the newest events were removed. */
        TAIL_REMOVED;

        @Override
        public String labelPrefix() {
            return "auditBreak";
        }
    }

    /** "事件 #42：…", one line for the user. */
    public String describe() {
        return Texts.get("auditBreak.line", String.valueOf(eventId), kind.label(), String.valueOf(previousId));
    }
}
