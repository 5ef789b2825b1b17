package org.normdesk.service;

import java.util.List;

import org.normdesk.domain.Problem;
import org.normdesk.domain.review.Submission;

/** A 送审 as recorded, and what it lacks (empty: complete, the review can be accepted). */
public record SubmissionResult(Submission submission, List<Problem> problems) {
    public boolean complete() {
        return problems.isEmpty();
    }
}
