package org.normdesk.domain.risk;

import java.time.LocalDateTime;

/**
 * A finding the reviewer set aside, with the reason (kept and counted: many dismissals of one
 * category say that its rules need work). Keyed by document, category and sentence so that a
 * rescan of the same text does not raise it again.
 */
public record Dismissal(Long id, Long documentId, RiskCategory category, String articleRef, String sentence,
                        String reason, LocalDateTime dismissedAt, String dismissedBy) {

    public String key() {
        return RiskFinding.key(category, sentence);
    }
}
