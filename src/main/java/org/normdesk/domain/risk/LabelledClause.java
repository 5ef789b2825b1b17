package org.normdesk.domain.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * One clause of the risk evaluation set: its text, the clause-level categories a reviewer expects the
 * scan to raise (empty for an innocent clause), where it comes from (a corpus file or 自拟) and why
 * it is labelled so.
 *
 * @param line the line of the set file, for the user to find it
 */
public record LabelledClause(int line, String text, Set<RiskCategory> expected, String source, String note) {

    public LabelledClause {
        expected = expected.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(expected));
    }

    public EvaluationPart part() {
        return EvaluationPart.of(text);
    }
}
