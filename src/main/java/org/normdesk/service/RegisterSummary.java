package org.normdesk.service;

import java.util.List;
import java.util.Map;

import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;

/**
 * The figures of the home screen.
 *
 * @param expiringSoon documents in force whose 有效期 ends within the evaluation window, soonest first
 * @param lapsed       documents that expired by time within the same span back, awaiting a decision
 * @param windowMonths the evaluation window in months (a rule pack setting)
 * @param moreExpiring whether more documents end within the window than {@code expiringSoon} lists
 * @param moreLapsed   whether more documents lapsed within the span back than {@code lapsed} lists
 */
public record RegisterSummary(long documents, Map<Stage, Integer> byStage, Map<Validity, Integer> byValidity,
                              List<RegisterRow> expiringSoon, List<RegisterRow> lapsed, int windowMonths,
                              boolean moreExpiring, boolean moreLapsed) {
}
