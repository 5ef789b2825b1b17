package org.normdesk.service;

import java.util.List;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.review.CheckEntry;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DocumentVersion;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.ReviewCase;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.domain.review.Submission;

/**
 * Everything the review workbench shows for one document. {@code reviewCase} and
 * {@code deadline} are null until the document was first submitted.
 */
public record ReviewFile(NormativeDocument document, ReviewCase reviewCase, ReviewDeadline deadline,
                         List<Submission> submissions, List<String> returnReasons,
                         List<CheckEntry> checks, List<Finding> findings, List<DocumentVersion> versions,
                         List<Deliberation> deliberations) {
}
