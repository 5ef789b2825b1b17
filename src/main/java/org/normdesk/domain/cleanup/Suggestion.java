package org.normdesk.domain.cleanup;

import java.time.LocalDate;
import java.util.List;

import org.normdesk.domain.Texts;

/** The outcome the software suggests for a document, the signal behind it and what exactly was found. */
public record Suggestion(CleanupOutcome outcome, Signal signal, String detail) {

    /** A cited upper law whose status changed: its name, whether repealed (else amended) and its successor. */
    public record ChangedLaw(String name, boolean repealed, String replacedBy) {
    }

    /** A newer document on the same matter. */
    public record NewerDocument(String title, String docNumber, LocalDate publishedOn) {
    }

    /**
     * The rule, strongest signal first: a passed 有效期 ends the document by itself (宣布失效); a newer
     * document on the same matter replaces it (废止); a cited law repealed without successor takes its
     * basis away (废止); a cited law amended or replaced calls for a revision (修改); else 继续有效.
     *
     * @param validUntil the document's 有效期至 (null: none)
     * @param today      the day the suggestion is made
     * @param newer      newer documents of the same issuer on the same matter
     * @param laws       the document's cited laws that are repealed or amended
     */
    public static Suggestion of(LocalDate validUntil, LocalDate today, List<NewerDocument> newer,
                                List<ChangedLaw> laws) {
        if (validUntil != null && today.isAfter(validUntil)) {
            return new Suggestion(CleanupOutcome.DECLARE_EXPIRED, Signal.VALIDITY_PASSED,
                    Texts.get("cleanup.detail.validity", validUntil.toString()));
        }
        if (!newer.isEmpty()) {
            NewerDocument n = newer.get(0);
            return new Suggestion(CleanupOutcome.REPEAL, Signal.SUPERSEDED, Texts.get("cleanup.detail.superseded",
                    n.title(), n.docNumber() == null ? "" : n.docNumber(),
                    n.publishedOn() == null ? "" : n.publishedOn().toString()));
        }
        List<ChangedLaw> orphaned = laws.stream().filter(l -> l.repealed() && blank(l.replacedBy())).toList();
        if (!orphaned.isEmpty()) {
            return new Suggestion(CleanupOutcome.REPEAL, Signal.UPPER_LAW_REPEALED,
                    Texts.get("cleanup.detail.lawRepealed", names(orphaned)));
        }
        if (!laws.isEmpty()) {
            return new Suggestion(CleanupOutcome.AMEND, Signal.UPPER_LAW_AMENDED,
                    Texts.get("cleanup.detail.lawChanged", String.join("、", laws.stream().map(Suggestion::describe).toList())));
        }
        return new Suggestion(CleanupOutcome.KEEP, Signal.NONE, "");
    }

    /** The reason a decision taken as suggested would carry. */
    public CleanupReason reason() {
        return switch (signal) {
            case VALIDITY_PASSED -> CleanupReason.PERIOD_PASSED;
            case SUPERSEDED -> CleanupReason.SUPERSEDED;
            case UPPER_LAW_REPEALED, UPPER_LAW_AMENDED -> CleanupReason.UPPER_LAW_CHANGED;
            case NONE -> CleanupReason.STILL_NEEDED;
        };
    }

    private static String describe(ChangedLaw l) {
        if (!l.repealed()) {
            return Texts.get("cleanup.detail.lawAmended", l.name());
        }
        return Texts.get("cleanup.detail.lawReplaced", l.name(), l.replacedBy());
    }

    private static String names(List<ChangedLaw> laws) {
        return String.join("、", laws.stream().map(l -> "《" + l.name() + "》").distinct().toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
