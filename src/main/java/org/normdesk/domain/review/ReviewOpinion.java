package org.normdesk.domain.review;

import java.time.LocalDate;
import java.util.List;

import org.normdesk.domain.ReviewOutcome;

/** Everything a 合法性审核意见书 says, gathered for the Word export. */
public record ReviewOpinion(String number, String addressee, String documentTitle, ReviewOutcome outcome,
                            OutcomeRefinement refinement, String overallOpinion, List<Finding> findings,
                            String office, LocalDate date) {
}
