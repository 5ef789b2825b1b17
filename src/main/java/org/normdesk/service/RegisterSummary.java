package org.normdesk.service;

import java.util.List;
import java.util.Map;

import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;

/** The figures of the home screen. */
public record RegisterSummary(long documents, Map<Stage, Integer> byStage, Map<Validity, Integer> byValidity,
                              List<RegisterRow> expiringSoon) {
}
