package org.normdesk.domain.risk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.normdesk.domain.law.UpperLaw;

/**
 * What a scan needs besides the text and the rules.
 *
 * @param gapDays the least days between publication and 施行 (RulePack.effectiveGapDays)
 * @param today   the day of the scan (a draft counts as made today)
 * @param laws    the law table's entry for a cited title
 */
public record ScanContext(DocumentFacts facts, int gapDays, LocalDate today,
                          Function<String, Optional<UpperLaw>> laws) {

    public ScanContext {
        facts = facts == null ? DocumentFacts.none() : facts;
        laws = laws == null ? t -> Optional.empty() : laws;
    }
}
