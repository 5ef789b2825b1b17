package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.ArticleDiff;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.WorkingDayCalendar;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.review.Adoption;
import org.normdesk.domain.review.CheckEntry;
import org.normdesk.domain.review.DocumentVersion;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.OutcomeRefinement;
import org.normdesk.domain.review.ReviewCase;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.domain.review.ReviewOpinion;
import org.normdesk.domain.review.Submission;
import org.normdesk.domain.review.SubmissionCheck;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/**
 * 合法性审核 from 送审 to 审核意见书 (RULES.md §2): materials and comment period checked on
 * submission, 退回补正, the clock started when the materials are complete, findings and opinions,
 * the outcome and its numbered 意见书, and the revised draft compared with the one reviewed.
 */
public final class ReviewService {
    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final DocumentMover mover;
    private final RulePackService rules;
    private final java.util.function.Supplier<WorkingDayCalendar> calendar;

    public ReviewService(Store store, Clock clock, Session session, RulePackService rules,
                         java.util.function.Supplier<WorkingDayCalendar> calendar) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.mover = new DocumentMover(auditor, this::today);
        this.rules = rules;
        this.calendar = calendar;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a 送审 (first, or again after 退回补正) with a snapshot of the draft text, and says
     * what it lacks. The review is not accepted here: the reviewer accepts a complete one.
     */
    public SubmissionResult submit(long documentId, Submission s) {
        auditor.require(Permission.SUBMIT);
        if (s.submittedOn() == null || s.submittedBy() == null || s.submittedBy().isBlank()) {
            throw new RuleViolation(Problem.error("submittedOn", "review.submit.whoWhen"));
        }
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            Transition t = d.stage() == Stage.RETURNED ? Transition.RESUBMIT : Transition.SUBMIT;
            mover.move(r, d, TransitionRequest.of(t));
            DocumentVersion v = currentVersion(r, d);
            RulePack pack = RulePackService.read(r.settings());
            ReviewCase c = r.reviews().findByDocument(documentId)
                    .orElseGet(() -> r.reviews().insert(ReviewCase.open(documentId, s.submittedOn(), pack.reviewDays())));
            Submission saved = r.reviews().addSubmission(c.id(), new Submission(null, s.submittedOn(), s.submittedBy(),
                    v.number(), s.materials(), s.commentFrom(), s.commentTo()));
            List<Problem> problems = SubmissionCheck.check(d, saved, pack, calendar.get());
            if (problems.isEmpty()) {
                r.reviews().updateSubmission(saved, s.submittedOn());
            }
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "SUBMISSION",
                    Texts.get("review.audit.submitted", s.submittedBy(), v.number()), null, saved);
            return new SubmissionResult(saved, problems);
        });
    }

    /** Materials that arrived after the 送审 (限期补充); when the set becomes complete, that day starts the clock. */
    public SubmissionResult supplement(long documentId, Set<Material> added, LocalDate commentFrom, LocalDate commentTo,
                                       LocalDate on) {
        auditor.require(Permission.SUBMIT);
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            ReviewCase c = caseOf(r, documentId);
            Submission last = lastSubmission(r, c);
            Set<Material> materials = EnumSet.noneOf(Material.class);
            materials.addAll(last.materials());
            materials.addAll(added);
            Submission updated = new Submission(last.id(), last.submittedOn(), last.submittedBy(), last.draftVersion(),
                    materials, commentFrom != null ? commentFrom : last.commentFrom(),
                    commentTo != null ? commentTo : last.commentTo());
            List<Problem> problems = SubmissionCheck.check(d, updated, RulePackService.read(r.settings()),
                    calendar.get());
            r.reviews().updateSubmission(updated, problems.isEmpty() ? on : null);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "SUPPLEMENT",
                    Texts.get("review.audit.supplemented"), last, updated);
            return new SubmissionResult(updated, problems);
        });
    }

    /** 受理: only a complete submission; the clock starts on the day the materials became complete. */
    public ReviewCase accept(long documentId, String reviewer) {
        auditor.require(Permission.REVIEW);
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            ReviewCase c = caseOf(r, documentId);
            Submission last = lastSubmission(r, c);
            List<Problem> problems = SubmissionCheck.check(d, last, RulePackService.read(r.settings()),
                    calendar.get());
            if (!problems.isEmpty()) {
                List<Problem> refused = new ArrayList<>();
                refused.add(Problem.error("materials", "review.accept.incomplete"));
                refused.addAll(problems);
                throw new RuleViolation(refused);
            }
            LocalDate completeOn = r.reviews().completeOn(last.id()).orElse(last.submittedOn());
            mover.move(r, d, TransitionRequest.of(Transition.ACCEPT));
            ReviewCase before = c;
            ReviewCase after = r.reviews().update(c.startClock(completeOn).withReviewer(reviewer));
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "REVIEW",
                    Texts.get("review.audit.accepted", completeOn, reviewer), before, after);
            return after;
        });
    }

    /** 退回补正: the draft goes back with the list of what is missing; the clock stops. */
    public void returnForCompletion(long documentId, String reason) {
        auditor.require(Permission.REVIEW);
        store.inTransaction(r -> {
            mover.move(r, documentId, TransitionRequest.withReason(Transition.RETURN, reason));
            ReviewCase c = caseOf(r, documentId);
            r.reviews().markReturned(lastSubmission(r, c).id(), reason.strip());
            r.reviews().update(c.stopClock());
            return null;
        });
    }

    /** A suggested 退回补正 reason naming what the last submission lacks. */
    public String missingSummary(long documentId) {
        return store.read(r -> {
            NormativeDocument d = mover.load(r, documentId);
            ReviewCase c = caseOf(r, documentId);
            return String.join("；", SubmissionCheck.check(d, lastSubmission(r, c), RulePackService.read(r.settings()),
                    calendar.get()).stream().map(Problem::message).toList());
        });
    }

    public ReviewCase extend(long documentId, int days, String reason) {
        auditor.require(Permission.REVIEW);
        List<Problem> problems = ReviewCase.extensionProblems(days, reason);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return changeCase(documentId, c -> {
            if (!c.clockRunning()) {
                throw new RuleViolation(Problem.error("extensionDays", "review.extend.notRunning"));
            }
            return c.extend(days, reason.strip());
        }, Texts.get("review.audit.extended", days, reason.strip()));
    }

    public ReviewCase setOpinion(long documentId, ReviewOutcome outcome, OutcomeRefinement refinement, String overall) {
        auditor.require(Permission.REVIEW);
        return changeCase(documentId, c -> c.withOpinion(outcome, refinement, overall == null ? null : overall.strip()),
                Texts.get("review.audit.opinion", outcome == null ? "—" : outcome.label()));
    }

    /** Closes the review: gives the 意见书 its number and moves the document to 已审核. */
    public ReviewCase finish(long documentId, LocalDate on) {
        auditor.require(Permission.REVIEW);
        store.prepareSequence(opinionScope(), on.getYear());
        return store.inTransaction(r -> {
            ReviewCase c = caseOf(r, documentId);
            List<Problem> problems = c.finishProblems();
            if (!problems.isEmpty()) {
                throw new RuleViolation(problems);
            }
            RulePack pack = RulePackService.read(r.settings());
            NumberTemplate template = new NumberTemplate(pack.opinionTemplate());
            String number = template.format(on.getYear(), r.publication().nextNumber(OPINION + template.scope(null),
                    on.getYear()), null);
            mover.move(r, documentId, TransitionRequest.finishReview(c.outcome()));
            ReviewCase done = r.reviews().update(c.finish(number, on));
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "REVIEW",
                    Texts.get("review.audit.finished", number, c.outcome().label()), c, done);
            return done;
        });
    }

    private static final String OPINION = "opinion|";

    private String opinionScope() {
        return OPINION + new NumberTemplate(rules.current().opinionTemplate()).scope(null);
    }

    public void putCheck(long documentId, CheckEntry e) {
        auditor.require(Permission.REVIEW);
        store.inTransaction(r -> {
            r.reviews().putCheck(caseOf(r, documentId).id(), e);
            return null;
        });
    }

    public Finding addFinding(long documentId, Finding f) {
        auditor.require(Permission.REVIEW);
        requireFindingText(f);
        return store.inTransaction(r -> {
            Finding saved = r.reviews().addFinding(caseOf(r, documentId).id(), f);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "FINDING",
                    Texts.get("review.audit.findingAdded", nullToDash(f.articleRef())), null, saved);
            return saved;
        });
    }

    public void updateFinding(long documentId, Finding f) {
        auditor.require(Permission.REVIEW);
        requireFindingText(f);
        store.inTransaction(r -> {
            Finding before = r.reviews().finding(f.id()).orElseThrow();
            r.reviews().updateFinding(f);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "FINDING",
                    Texts.get("review.audit.findingChanged", nullToDash(f.articleRef())), before, f);
            return null;
        });
    }

    public void removeFinding(long documentId, long findingId) {
        auditor.require(Permission.REVIEW);
        store.inTransaction(r -> {
            Finding before = r.reviews().finding(findingId).orElseThrow();
            r.reviews().deleteFinding(findingId);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "FINDING",
                    Texts.get("review.audit.findingRemoved", nullToDash(before.articleRef())), before, null);
            return null;
        });
    }

    /** Whether the drafting unit took up a finding; not (or partly) adopting needs its reason (115号). */
    public void recordAdoption(long documentId, long findingId, Adoption adoption, String reason) {
        auditor.require(Permission.REVIEW);
        if (adoption != Adoption.ADOPTED && (reason == null || reason.isBlank())) {
            throw new RuleViolation(Problem.error("adoptionReason", "review.adoption.reason"));
        }
        store.inTransaction(r -> {
            Finding before = r.reviews().finding(findingId).orElseThrow();
            Finding after = before.withAdoption(adoption, reason == null ? null : reason.strip());
            r.reviews().updateFinding(after);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "FINDING",
                    Texts.get("review.audit.adoption", nullToDash(before.articleRef()), adoption.label()), before, after);
            return null;
        });
    }

    /** The revised draft that comes back after 应当予以修改: a new version, and the document's current text. */
    public DocumentVersion addRevision(long documentId, String text, String note) {
        auditor.require(Permission.REVIEW);
        if (text == null || text.isBlank()) {
            throw new RuleViolation(Problem.error("fullText", "review.revision.empty"));
        }
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            currentVersion(r, d);
            DocumentVersion v = r.publication().addVersion(documentId, text, auditor.now(), note);
            NormativeDocument revised = d.toBuilder().fullText(text).build();
            r.documents().update(revised, org.normdesk.domain.ValidityRule.derive(revised, today()), auditor.now());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "REVISION",
                    Texts.get("review.audit.revision", v.number()), null, null);
            return v;
        });
    }

    /** Two versions of the text compared article by article. */
    public List<ArticleDiff.Pair> compare(long documentId, int fromVersion, int toVersion) {
        List<DocumentVersion> versions = store.read(r -> r.publication().versions(documentId));
        String before = textOf(versions, fromVersion);
        String after = textOf(versions, toVersion);
        return ArticleDiff.compare(before, after);
    }

    public ReviewFile file(long documentId) {
        return store.read(r -> {
            NormativeDocument d = mover.load(r, documentId);
            var c = r.reviews().findByDocument(documentId).orElse(null);
            if (c == null) {
                return new ReviewFile(d, null, null, List.of(), List.of(), List.of(), List.of(),
                        r.publication().versions(documentId), r.publication().deliberations(documentId));
            }
            ReviewDeadline deadline = ReviewDeadline.of(c, today(), calendar.get());
            return new ReviewFile(d, c, deadline, r.reviews().submissions(c.id()),
                    r.reviews().returnReasons(c.id()), r.reviews().checks(c.id()), r.reviews().findings(c.id()),
                    r.publication().versions(documentId), r.publication().deliberations(documentId));
        });
    }

    /** Reviews whose clock runs, with their deadlines, soonest due first (for the home screen). */
    public List<ReviewFile> running() {
        List<Long> ids = store.read(r -> r.reviews().running().stream().map(ReviewCase::documentId).toList());
        return ids.stream().map(this::file)
                .sorted(java.util.Comparator.comparing(f -> f.deadline().dueOn()))
                .toList();
    }

    /** The office's 高频修改意见, by checklist point. */
    public List<org.normdesk.domain.review.OpinionTemplate> templates() {
        return store.read(r -> r.publication().templates());
    }

    public org.normdesk.domain.review.OpinionTemplate saveTemplate(org.normdesk.domain.review.OpinionTemplate t) {
        auditor.require(Permission.SETTINGS);
        if (t.category() == null || t.title() == null || t.title().isBlank() || t.opinion() == null
                || t.opinion().isBlank()) {
            throw new RuleViolation(Problem.error("opinion", "review.template.empty"));
        }
        return store.inTransaction(r -> r.publication().saveTemplate(t));
    }

    /**
     * Adds the starter 常用修改意见 shipped with normdesk, leaving out those whose title the office
     * already has (so that pressing the button twice adds nothing).
     *
     * @return how many were added
     */
    public int addStarterTemplates() {
        auditor.require(Permission.SETTINGS);
        List<org.normdesk.domain.review.OpinionTemplate> starters = StarterOpinions.load();
        return store.inTransaction(r -> {
            java.util.Set<String> have = new java.util.HashSet<>();
            r.publication().templates().forEach(t -> have.add(t.title()));
            int added = 0;
            for (var t : starters) {
                if (have.add(t.title())) {
                    r.publication().saveTemplate(t);
                    added++;
                }
            }
            return added;
        });
    }

    public void deleteTemplate(long id) {
        auditor.require(Permission.SETTINGS);
        store.inTransaction(r -> {
            r.publication().deleteTemplate(id);
            return null;
        });
    }

    /** What the 审核意见书 says, for the Word export. */
    public ReviewOpinion opinion(long documentId) {
        return store.read(r -> {
            NormativeDocument d = mover.load(r, documentId);
            ReviewCase c = caseOf(r, documentId);
            if (!c.isFinished()) {
                throw new RuleViolation(Problem.error("opinionNumber", "review.opinion.notFinished"));
            }
            String addressee = d.draftingUnit() != null ? d.draftingUnit()
                    : r.issuers().findById(d.leadIssuerId()).map(i -> i.name()).orElse("");
            return new ReviewOpinion(c.opinionNumber(), addressee, d.title(), c.outcome(), c.refinement(),
                    c.overallOpinion(), r.reviews().findings(c.id()), RulePackService.read(r.settings()).reviewOffice(),
                    c.opinionDate());
        });
    }

    /** Writes the 审核意见书 of a finished review as a .docx. */
    public void exportOpinion(long documentId, java.nio.file.Path target) {
        ReviewOpinion o = opinion(documentId);
        try {
            org.normdesk.word.ReviewOpinionDocx.write(o, target);
        } catch (java.io.IOException e) {
            throw new RuleViolation(Problem.error("file", "export.failed", target, e.getMessage()));
        }
    }

    private ReviewCase changeCase(long documentId, java.util.function.UnaryOperator<ReviewCase> change, String summary) {
        return store.inTransaction(r -> {
            ReviewCase before = caseOf(r, documentId);
            if (before.isFinished()) {
                throw new RuleViolation(Problem.error("reviewCase", "review.alreadyFinished"));
            }
            ReviewCase after = r.reviews().update(change.apply(before));
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "REVIEW", summary, before, after);
            return after;
        });
    }

    /** The version holding the document's current text; a new one only when the text changed since the last. */
    private DocumentVersion currentVersion(Store.Repositories r, NormativeDocument d) {
        List<DocumentVersion> versions = r.publication().versions(d.id());
        if (!versions.isEmpty() && java.util.Objects.equals(versions.get(versions.size() - 1).text(), d.fullText())) {
            return versions.get(versions.size() - 1);
        }
        return r.publication().addVersion(d.id(), d.fullText(), auditor.now(), Texts.get("review.version.submitted"));
    }

    private static ReviewCase caseOf(Store.Repositories r, long documentId) {
        return r.reviews().findByDocument(documentId)
                .orElseThrow(() -> new RuleViolation(Problem.error("reviewCase", "review.noCase")));
    }

    private static Submission lastSubmission(Store.Repositories r, ReviewCase c) {
        List<Submission> all = r.reviews().submissions(c.id());
        return all.get(all.size() - 1);
    }

    private static String textOf(List<DocumentVersion> versions, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .map(DocumentVersion::text)
                .orElseThrow(() -> new RuleViolation(Problem.error("version", "review.version.missing", number)));
    }

    private static void requireFindingText(Finding f) {
        if (f.opinion() == null || f.opinion().isBlank() || f.category() == null) {
            throw new RuleViolation(Problem.error("opinion", "review.finding.empty"));
        }
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
