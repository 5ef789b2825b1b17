package org.normdesk.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Problem;

/** 集体审议 record: meeting, session, date, decision, and dissent as it was voiced (不同意见如实载明). */
public record Deliberation(Long id, long documentId, MeetingKind meeting, String session, LocalDate heldOn,
                           DeliberationDecision decision, String dissent) {

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (meeting == null) {
            problems.add(Problem.error("meeting", "deliberation.meeting.required"));
        }
        if (heldOn == null) {
            problems.add(Problem.error("heldOn", "deliberation.date.required"));
        }
        if (decision == null) {
            problems.add(Problem.error("decision", "deliberation.decision.required"));
        }
        return problems;
    }
}
