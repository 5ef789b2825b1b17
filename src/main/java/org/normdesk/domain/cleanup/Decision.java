package org.normdesk.domain.cleanup;

import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Problem;

/**
 * The office's decision on one document: outcome, a standard reason with free text, the unit that
 * carries it out (实施部门) and a 备注. Every outcome but 继续有效 needs a reason, since the published
 * lists give one.
 */
public record Decision(CleanupOutcome outcome, CleanupReason reason, String reasonNote, String responsibleUnit,
                       String note) {

    public Decision {
        reasonNote = clean(reasonNote);
        responsibleUnit = clean(responsibleUnit);
        note = clean(note);
    }

    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (outcome == null) {
            out.add(Problem.error("outcome", "cleanup.problem.outcome"));
        } else if (outcome != CleanupOutcome.KEEP && reason == null && reasonNote == null) {
            out.add(Problem.error("reason", "cleanup.problem.reason", outcome.label()));
        }
        return out;
    }

    /** The reason as the lists print it: the standard wording, then the particulars. */
    public String reasonText() {
        String standard = reason == null ? "" : reason.label();
        if (reasonNote == null) {
            return standard;
        }
        return standard.isEmpty() ? reasonNote : standard + "；" + reasonNote;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
