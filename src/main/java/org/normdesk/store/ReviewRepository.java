package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.REVIEW_CASE;
import static org.normdesk.store.jooq.Tables.REVIEW_CHECK;
import static org.normdesk.store.jooq.Tables.REVIEW_FINDING;
import static org.normdesk.store.jooq.Tables.REVIEW_SUBMISSION;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.review.Adoption;
import org.normdesk.domain.review.CheckEntry;
import org.normdesk.domain.review.CheckResult;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.OutcomeRefinement;
import org.normdesk.domain.review.ReviewCase;
import org.normdesk.domain.review.Submission;
import org.normdesk.store.jooq.tables.records.ReviewCaseRecord;
import org.normdesk.store.jooq.tables.records.ReviewFindingRecord;
import org.normdesk.store.jooq.tables.records.ReviewSubmissionRecord;

/** Review cases with their submissions, checklist answers and findings. */
public final class ReviewRepository {
    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReviewCase insert(ReviewCase c) {
        ReviewCaseRecord r = dsl.newRecord(REVIEW_CASE);
        fill(r, c);
        r.setVersion(0);
        r.store();
        return toCase(r);
    }

    /** Saves the case if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public ReviewCase update(ReviewCase c) {
        ReviewCaseRecord r = dsl.newRecord(REVIEW_CASE);
        fill(r, c);
        r.setVersion(c.version() + 1);
        r.changed(REVIEW_CASE.ID, false);
        int n = dsl.update(REVIEW_CASE).set(r)
                .where(REVIEW_CASE.ID.eq(c.id()).and(REVIEW_CASE.VERSION.eq(c.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        return findById(c.id()).orElseThrow();
    }

    public Optional<ReviewCase> findById(long id) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.ID.eq(id)).fetchOptional().map(ReviewRepository::toCase);
    }

    public Optional<ReviewCase> findByDocument(long documentId) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.DOCUMENT_ID.eq(documentId)).fetchOptional()
                .map(ReviewRepository::toCase);
    }

    /** Cases whose clock runs (accepted, not finished), for the deadline lists. */
    public List<ReviewCase> running() {
        return dsl.selectFrom(REVIEW_CASE)
                .where(REVIEW_CASE.CLOCK_STARTED_ON.isNotNull().and(REVIEW_CASE.FINISHED_ON.isNull()))
                .orderBy(REVIEW_CASE.CLOCK_STARTED_ON)
                .fetch(ReviewRepository::toCase);
    }

    public Submission addSubmission(long caseId, Submission s) {
        ReviewSubmissionRecord r = dsl.newRecord(REVIEW_SUBMISSION);
        r.setCaseId(caseId);
        r.setSubmittedOn(s.submittedOn());
        r.setSubmittedBy(s.submittedBy());
        r.setDraftVersion(s.draftVersion());
        r.setMaterials(names(s.materials()));
        r.setCommentFrom(s.commentFrom());
        r.setCommentTo(s.commentTo());
        r.store();
        return toSubmission(r);
    }

    /** Records materials that arrived later, and the day the set became complete (if it did). */
    public void updateSubmission(Submission s, LocalDate completeOn) {
        dsl.update(REVIEW_SUBMISSION)
                .set(REVIEW_SUBMISSION.MATERIALS, names(s.materials()))
                .set(REVIEW_SUBMISSION.COMMENT_FROM, s.commentFrom())
                .set(REVIEW_SUBMISSION.COMMENT_TO, s.commentTo())
                .set(REVIEW_SUBMISSION.COMPLETE_ON, completeOn)
                .where(REVIEW_SUBMISSION.ID.eq(s.id()))
                .execute();
    }

    public Optional<LocalDate> completeOn(long submissionId) {
        return dsl.select(REVIEW_SUBMISSION.COMPLETE_ON).from(REVIEW_SUBMISSION)
                .where(REVIEW_SUBMISSION.ID.eq(submissionId)).fetchOptional(REVIEW_SUBMISSION.COMPLETE_ON);
    }

    public void markReturned(long submissionId, String reason) {
        dsl.update(REVIEW_SUBMISSION).set(REVIEW_SUBMISSION.RETURNED_REASON, reason)
                .where(REVIEW_SUBMISSION.ID.eq(submissionId)).execute();
    }

    public List<Submission> submissions(long caseId) {
        return dsl.selectFrom(REVIEW_SUBMISSION).where(REVIEW_SUBMISSION.CASE_ID.eq(caseId))
                .orderBy(REVIEW_SUBMISSION.ID).fetch(ReviewRepository::toSubmission);
    }

    /** The reason each submission was returned, oldest first (null for those not returned). */
    public List<String> returnReasons(long caseId) {
        return dsl.select(REVIEW_SUBMISSION.RETURNED_REASON).from(REVIEW_SUBMISSION)
                .where(REVIEW_SUBMISSION.CASE_ID.eq(caseId)).orderBy(REVIEW_SUBMISSION.ID)
                .fetch(REVIEW_SUBMISSION.RETURNED_REASON);
    }

    public void putCheck(long caseId, CheckEntry e) {
        dsl.mergeInto(REVIEW_CHECK).using(dsl.selectOne())
                .on(REVIEW_CHECK.CASE_ID.eq(caseId).and(REVIEW_CHECK.ITEM.eq(e.item().name())))
                .whenMatchedThenUpdate().set(REVIEW_CHECK.RESULT, e.result().name()).set(REVIEW_CHECK.NOTE, e.note())
                .whenNotMatchedThenInsert(REVIEW_CHECK.CASE_ID, REVIEW_CHECK.ITEM, REVIEW_CHECK.RESULT, REVIEW_CHECK.NOTE)
                .values(caseId, e.item().name(), e.result().name(), e.note())
                .execute();
    }

    public List<CheckEntry> checks(long caseId) {
        return dsl.selectFrom(REVIEW_CHECK).where(REVIEW_CHECK.CASE_ID.eq(caseId)).fetch(r ->
                new CheckEntry(ChecklistItem.valueOf(r.getItem()), CheckResult.valueOf(r.getResult()), r.getNote()));
    }

    public Finding addFinding(long caseId, Finding f) {
        int next = dsl.fetchCount(REVIEW_FINDING, REVIEW_FINDING.CASE_ID.eq(caseId));
        ReviewFindingRecord r = dsl.newRecord(REVIEW_FINDING);
        r.setCaseId(caseId);
        r.setSortOrder(next);
        fill(r, f);
        r.store();
        return toFinding(r);
    }

    public void updateFinding(Finding f) {
        ReviewFindingRecord r = dsl.newRecord(REVIEW_FINDING);
        fill(r, f);
        dsl.update(REVIEW_FINDING).set(r).where(REVIEW_FINDING.ID.eq(f.id())).execute();
    }

    public void deleteFinding(long findingId) {
        dsl.deleteFrom(REVIEW_FINDING).where(REVIEW_FINDING.ID.eq(findingId)).execute();
    }

    public Optional<Finding> finding(long findingId) {
        return dsl.selectFrom(REVIEW_FINDING).where(REVIEW_FINDING.ID.eq(findingId)).fetchOptional()
                .map(ReviewRepository::toFinding);
    }

    public List<Finding> findings(long caseId) {
        return dsl.selectFrom(REVIEW_FINDING).where(REVIEW_FINDING.CASE_ID.eq(caseId))
                .orderBy(REVIEW_FINDING.SORT_ORDER, REVIEW_FINDING.ID).fetch(ReviewRepository::toFinding);
    }

    private static void fill(ReviewFindingRecord r, Finding f) {
        r.setArticleRef(f.articleRef());
        r.setCategory(f.category().name());
        r.setOpinion(f.opinion());
        r.setLegalBasis(f.legalBasis());
        r.setAdoption(f.adoption() == null ? null : f.adoption().name());
        r.setAdoptionReason(f.adoptionReason());
    }

    private static Finding toFinding(ReviewFindingRecord r) {
        return new Finding(r.getId(), r.getArticleRef(), ChecklistItem.valueOf(r.getCategory()), r.getOpinion(),
                r.getLegalBasis(), r.getAdoption() == null ? null : Adoption.valueOf(r.getAdoption()),
                r.getAdoptionReason());
    }

    private static void fill(ReviewCaseRecord r, ReviewCase c) {
        r.setDocumentId(c.documentId());
        r.setReceivedOn(c.receivedOn());
        r.setClockStartedOn(c.clockStartedOn());
        r.setReviewDays(c.reviewDays());
        r.setExtensionDays(c.extensionDays());
        r.setExtensionReason(c.extensionReason());
        r.setReviewer(c.reviewer());
        r.setOutcome(c.outcome() == null ? null : c.outcome().name());
        r.setRefinement(c.refinement() == null ? null : c.refinement().name());
        r.setOverallOpinion(c.overallOpinion());
        r.setOpinionNumber(c.opinionNumber());
        r.setOpinionDate(c.opinionDate());
        r.setFinishedOn(c.finishedOn());
    }

    private static ReviewCase toCase(ReviewCaseRecord r) {
        return new ReviewCase(r.getId(), r.getDocumentId(), r.getReceivedOn(), r.getClockStartedOn(), r.getReviewDays(),
                r.getExtensionDays(), r.getExtensionReason(), r.getReviewer(),
                r.getOutcome() == null ? null : ReviewOutcome.valueOf(r.getOutcome()),
                r.getRefinement() == null ? null : OutcomeRefinement.valueOf(r.getRefinement()),
                r.getOverallOpinion(), r.getOpinionNumber(), r.getOpinionDate(), r.getFinishedOn(), r.getVersion());
    }

    private static Submission toSubmission(ReviewSubmissionRecord r) {
        return new Submission(r.getId(), r.getSubmittedOn(), r.getSubmittedBy(), r.getDraftVersion(),
                materials(r.getMaterials()), r.getCommentFrom(), r.getCommentTo());
    }

    private static String names(Set<Material> materials) {
        return materials.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<Material> materials(String names) {
        Set<Material> set = EnumSet.noneOf(Material.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(Material::valueOf).forEach(set::add);
        }
        return set;
    }
}
