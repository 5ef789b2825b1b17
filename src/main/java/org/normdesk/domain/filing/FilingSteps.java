package org.normdesk.domain.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;

/**
 * The rules of recording a filing's steps (RULES.md §4), each taking the filing as it stands and
 * giving it back with the step recorded, or refusing with the reason in Chinese.
 */
public final class FilingSteps {
    private FilingSteps() {
    }

    /**
     * 报送. A second submission (after 暂缓 or with materials added) keeps the first one's
     * completeness, which is what the 规范率 counts, and the first 备案报告 number.
     */
    public static Filing submit(Filing f, LocalDate on, List<FilingMaterial> given, String reportNumber,
                                LocalDate publishedOn) {
        List<Problem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(Problem.error("submittedOn", "filing.submit.dateRequired"));
        } else if (publishedOn != null && on.isBefore(publishedOn)) {
            problems.add(Problem.error("submittedOn", "filing.submit.beforePublication", publishedOn));
        }
        if (given == null || given.isEmpty()) {
            problems.add(Problem.error("materials", "filing.submit.materialsRequired"));
        }
        throwIf(problems);
        Filing.Submission before = f.submission();
        boolean firstComplete = before == null ? Materials.missing(f.required(), given).isEmpty() : before.firstComplete();
        LocalDate first = before == null ? on : before.submittedOn();
        String number = before != null && before.reportNumber() != null ? before.reportNumber() : reportNumber;
        return f.with(new Filing.Submission(first, given, number, firstComplete));
    }

    /**
     * 备案登记. 暂缓办理 needs the day 补正 is due; when the authority names none, it is {@code
     * correctionDays} on (a setting, RulePack: RULES.md §4 gives 10–15).
     */
    public static Filing register(Filing f, RegistrationResult result, LocalDate on, LocalDate correctionDue,
                                  int correctionDays) {
        List<Problem> problems = new ArrayList<>();
        if (f.submission() == null) {
            problems.add(Problem.error("registration", "filing.notSubmitted"));
        }
        if (result == null || on == null) {
            problems.add(Problem.error("registration", "filing.register.required"));
        } else if (f.submittedOn() != null && on.isBefore(f.submittedOn())) {
            problems.add(Problem.error("registeredOn", "filing.register.beforeSubmission", f.submittedOn()));
        }
        throwIf(problems);
        Filing.Registration before = f.registration();
        LocalDate due = result == RegistrationResult.DEFERRED
                ? (correctionDue != null ? correctionDue : on.plusDays(correctionDays))
                // a later 予以备案登记 keeps the memory of the 暂缓 before it
                : before == null ? null : before.correctionDue();
        LocalDate correctedOn = before == null ? null : before.correctedOn();
        return f.with(new Filing.Registration(result, on, due, correctedOn));
    }

    /** 补正: the maker handed in what 暂缓办理 asked for. */
    public static Filing correct(Filing f, LocalDate on) {
        Filing.Registration r = f.registration();
        if (r == null || r.result() != RegistrationResult.DEFERRED) {
            throw new RuleViolation(Problem.error("correctedOn", "filing.correct.notDeferred"));
        }
        if (on == null || on.isBefore(r.on())) {
            throw new RuleViolation(Problem.error("correctedOn", "filing.correct.date", r.on()));
        }
        return f.with(new Filing.Registration(r.result(), r.on(), r.correctionDue(), on));
    }

    /** 备案审查. 要求纠正 starts the maker's {@code answerDays} to answer (a setting; RULES.md §4: 30). */
    public static Filing review(Filing f, ReviewResult result, LocalDate on, String note, int answerDays) {
        List<Problem> problems = new ArrayList<>();
        if (f.submission() == null) {
            problems.add(Problem.error("review", "filing.notSubmitted"));
        }
        if (result == null || on == null) {
            problems.add(Problem.error("review", "filing.review.required"));
        } else if (f.submittedOn() != null && on.isBefore(f.submittedOn())) {
            problems.add(Problem.error("reviewedOn", "filing.review.beforeSubmission", f.submittedOn()));
        }
        if (result != null && result != ReviewResult.NO_OBJECTION && (note == null || note.isBlank())) {
            problems.add(Problem.error("note", "filing.review.noteRequired", result.label()));
        }
        throwIf(problems);
        Filing withReview = f.with(new Filing.Review(result, on, note == null ? null : note.strip()));
        if (result == ReviewResult.CORRECTION) {
            return withReview.with(new Filing.FollowUp(on.plusDays(answerDays), null, null, null));
        }
        return withReview;
    }

    /** The maker's answer to 要求纠正 and, once corrected, the re-filing. */
    public static Filing followUp(Filing f, LocalDate answeredOn, String answer, LocalDate refiledOn, int answerDays) {
        if (f.review() == null || f.review().result() != ReviewResult.CORRECTION) {
            throw new RuleViolation(Problem.error("followUp", "filing.followUp.noCorrection"));
        }
        if (answeredOn == null && refiledOn == null) {
            throw new RuleViolation(Problem.error("followUp", "filing.followUp.required"));
        }
        LocalDate due = f.followUp() == null ? f.review().on().plusDays(answerDays) : f.followUp().answerDue();
        return f.with(new Filing.FollowUp(due, answeredOn, answer == null ? null : answer.strip(), refiledOn));
    }

    private static void throwIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }
}
