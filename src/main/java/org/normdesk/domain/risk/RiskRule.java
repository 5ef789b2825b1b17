package org.normdesk.domain.risk;

import java.util.List;

/**
 * One rule of the pack: a category, the patterns that raise it, the patterns that clear a clause
 * again ({@code unless}), whom the clause must bind, what a citation of the upper law does, and the
 * words the reviewer reads (why it is suspect, its legal basis). A document-level category's rule
 * carries no clause patterns; its {@code patterns} name evidence that clears the document (有效期)
 * and its {@code unless} the stated reasons that excuse it (e.g. why it takes effect at once).
 */
public record RiskRule(String id, RiskCategory category, RiskSeverity severity, List<RulePattern> patterns,
                       List<RulePattern> unless, SubjectScope subject, WhenCitingLaw whenCitingLaw,
                       String why, String basis) {

    public RiskRule {
        patterns = List.copyOf(patterns);
        unless = List.copyOf(unless);
        subject = subject == null ? SubjectScope.ANY : subject;
        whenCitingLaw = whenCitingLaw == null ? WhenCitingLaw.KEEP : whenCitingLaw;
    }
}
