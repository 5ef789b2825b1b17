package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * One document filed with one authority: its due date and checklist, then what happened in turn.
 * Each stage is its own small record, empty (null) until it happened.
 */
public record Filing(Long id, long documentId, long authorityId, LocalDate dueOn, List<FilingMaterial> required,
                     Submission submission, Registration registration, Review review, FollowUp followUp,
                     String filedBy, String note, int version) {

    public Filing {
        required = required == null ? List.of() : List.copyOf(required);
    }

    /**
     * The submission (报送): date, the materials handed in, the 备案报告 number, and whether the first
     * submission was complete (kept when later materials are added, for the 规范率).
     */
    public record Submission(LocalDate submittedOn, List<FilingMaterial> given, String reportNumber,
                             boolean firstComplete) {
        public Submission {
            given = given == null ? List.of() : List.copyOf(given);
        }
    }

    /** 备案登记: the result, its day, and for 暂缓办理 the day 补正 is due and the day it came. */
    public record Registration(RegistrationResult result, LocalDate on, LocalDate correctionDue,
                               LocalDate correctedOn) {
    }

    /** 备案审查: the result, its day and what the authority said. */
    public record Review(ReviewResult result, LocalDate on, String note) {
    }

    /** After 要求纠正: the maker's answer (due within 30 days), the correction and the re-filing. */
    public record FollowUp(LocalDate answerDue, LocalDate answeredOn, String answer, LocalDate refiledOn) {
    }

    public static Filing due(long documentId, FilingAuthority authority, LocalDate publishedOn) {
        return new Filing(null, documentId, authority.id(), authority.dueOn(publishedOn), authority.materials(),
                null, null, null, null, null, null, 0);
    }

    public FilingStatus status(LocalDate today) {
        return FilingStatus.of(dueOn, submission == null ? null : submission.submittedOn(), today);
    }

    public LocalDate submittedOn() {
        return submission == null ? null : submission.submittedOn();
    }

    /** 予以备案登记 at once, with no 暂缓 and 补正 on the way (备案通过率). */
    public boolean passedWithoutCorrection() {
        return registration != null && registration.result() == RegistrationResult.REGISTERED
                && registration.correctionDue() == null;
    }

    /** The authority asked for a correction or revoked the document (纠错率). */
    public boolean corrected() {
        return review != null && (review.result() == ReviewResult.CORRECTION || review.result() == ReviewResult.REVOKE);
    }

    public List<FilingMaterial> missing() {
        return Materials.missing(required, submission == null ? List.of() : submission.given());
    }

    public Filing withId(long newId) {
        return new Filing(newId, documentId, authorityId, dueOn, required, submission, registration, review, followUp,
                filedBy, note, version);
    }

    public Filing with(Submission s) {
        return new Filing(id, documentId, authorityId, dueOn, required, s, registration, review, followUp, filedBy,
                note, version);
    }

    public Filing with(Registration r) {
        return new Filing(id, documentId, authorityId, dueOn, required, submission, r, review, followUp, filedBy,
                note, version);
    }

    public Filing with(Review r) {
        return new Filing(id, documentId, authorityId, dueOn, required, submission, registration, r, followUp, filedBy,
                note, version);
    }

    public Filing with(FollowUp f) {
        return new Filing(id, documentId, authorityId, dueOn, required, submission, registration, review, f, filedBy,
                note, version);
    }

    public Filing withFiledBy(String by) {
        return new Filing(id, documentId, authorityId, dueOn, required, submission, registration, review, followUp, by,
                note, version);
    }
}
