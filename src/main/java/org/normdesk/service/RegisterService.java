package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocNumber;
import org.normdesk.domain.DocumentValidator;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.StageMachine;
import org.normdesk.domain.Texts;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.Validity;
import org.normdesk.domain.ValidityExtension;
import org.normdesk.domain.ValidityRule;
import org.normdesk.domain.access.Permission;
import org.normdesk.store.Store;

/**
 * The register's actions, each one transaction with its audit event: create and edit documents,
 * move them through the {@link StageMachine}, read the register a page at a time, and keep the
 * derived 时效性 up to date as days pass.
 */
public final class RegisterService {
    /**
     * Who is named in the log for what happens by the passing of time (a document entering force or
     * reaching the end of its 有效期): nobody did it, the day came.
     */
    public static final String SYSTEM_ACTOR = "系统";
    /** How many rows each list of the home screen shows at most. */
    static final int HOME_LIST_LIMIT = 50;
    private static final java.time.format.DateTimeFormatter CHINESE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final Auditor system;
    private final DocumentMover mover;

    public RegisterService(Store store, Clock clock, Session session) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.system = new Auditor(clock, Session.trusted(SYSTEM_ACTOR));
        this.mover = new DocumentMover(auditor, this::today);
    }

    /** The audit writer in the name of this register's user, for services that record more in its transactions. */
    Auditor auditor() {
        return auditor;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the form should tell the user about this document, errors and warnings. */
    public List<Problem> validate(NormativeDocument d) {
        NormativeDocument clean = tidy(d);
        List<Problem> problems = new ArrayList<>(DocumentValidator.validate(clean,
                n -> store.read(r -> r.documents().docNumberTaken(n, clean.id()))));
        if (clean.stage() == Stage.PUBLISHED) {
            problems.addAll(StageMachine.publicationGaps(clean));
        }
        return problems;
    }

    /**
     * Enters a document: a new draft (stage 起草中), or an already published one brought into the
     * register (stage 已公布, which then needs its 文号 and dates).
     */
    /** @throws org.normdesk.domain.access.Actor.AccessDenied unless the user may enter documents (imports ask first) */
    public void requireDrafting() {
        auditor.require(Permission.DRAFT);
    }

    public NormativeDocument create(NormativeDocument d) {
        return create(d, (r, saved) -> { });
    }

    /**
     * As {@link #create(NormativeDocument)}, with more work on the new document in the same
     * transaction (an import stores the original file): if that work throws, the document is not
     * created either.
     */
    public NormativeDocument create(NormativeDocument d, BiConsumer<Store.Repositories, NormativeDocument> sameTransaction) {
        auditor.require(Permission.DRAFT);
        if (d.stage() != Stage.DRAFTING && d.stage() != Stage.PUBLISHED) {
            throw new RuleViolation(Problem.error("stage", "guard.create.stage"));
        }
        NormativeDocument clean = tidy(d).toBuilder().id(null).version(0).build();
        throwIfErrors(validate(clean));
        return store.inTransaction(r -> {
            NormativeDocument saved = r.documents().insert(clean, ValidityRule.derive(clean, today()), auditor.now());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, saved.id(), "CREATE",
                    "登记文件：" + saved.title() + "（" + saved.stage().label() + "）", null, saved);
            sameTransaction.accept(r, saved);
            return saved;
        });
    }

    /**
     * Enters many documents at once (an import, the demo's bulk load, the register benchmark): each
     * is checked like {@link #create} (stage 起草中 or 已公布, required fields, dates in order, and
     * for a published one its 文号 and dates), its 时效性 derived by the {@link ValidityRule}, and
     * its creation audited; all in one transaction. A 文号 already used is only a warning in
     * {@link #create}, so it is not looked up here.
     */
    public List<NormativeDocument> createAll(List<NormativeDocument> documents) {
        return createAll(documents, (r, saved) -> { });
    }

    /**
     * As {@link #createAll(List)}, with more work on the new documents in the same transaction (a
     * ledger import records the ledger itself): if that work throws, none of the documents is created.
     */
    public List<NormativeDocument> createAll(List<NormativeDocument> documents,
                                             BiConsumer<Store.Repositories, List<NormativeDocument>> sameTransaction) {
        auditor.require(Permission.DRAFT);
        LocalDate today = today();
        List<NormativeDocument> clean = new ArrayList<>(documents.size());
        List<ValidityRule.Derived> derived = new ArrayList<>(documents.size());
        for (NormativeDocument d : documents) {
            if (d.stage() != Stage.DRAFTING && d.stage() != Stage.PUBLISHED) {
                throw new RuleViolation(Problem.error("stage", "guard.create.stage"));
            }
            NormativeDocument c = tidy(d).toBuilder().id(null).version(0).build();
            List<Problem> problems = new ArrayList<>(DocumentValidator.validate(c));
            if (c.stage() == Stage.PUBLISHED) {
                problems.addAll(StageMachine.publicationGaps(c));
            }
            throwIfErrors(problems);
            clean.add(c);
            derived.add(ValidityRule.derive(c, today));
        }
        return store.inTransaction(r -> {
            List<NormativeDocument> saved = r.documents().insertAll(clean, derived, auditor.now());
            r.audit().appendAll(saved.stream().map(s -> auditor.event(AuditEvent.DOCUMENT, s.id(), "CREATE",
                    "登记文件：" + s.title() + "（" + s.stage().label() + "）", null, s)).toList());
            sameTransaction.accept(r, saved);
            return saved;
        });
    }

    /**
     * Records a decision that takes a published document out of force (废止, 宣布失效, 撤销, or
     * 修改 by a new version) from the given day; the 时效性 follows from the {@link ValidityRule}.
     */
    public NormativeDocument endForce(long id, EndOfForce decision, LocalDate on, String reason) {
        auditor.require(Permission.PUBLISH);
        List<Problem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(Problem.error("endOfForce", "guard.endForce.decisionRequired"));
        }
        if (on == null) {
            problems.add(Problem.error("endOfForceOn", "guard.endForce.dateRequired"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.error("reason", "guard.endForce.reasonRequired"));
        }
        throwIfErrors(problems);
        return store.inTransaction(r -> endForce(r, id, decision, on, reason));
    }

    /** {@link #endForce(long, EndOfForce, LocalDate, String)} inside the caller's transaction (备案 撤销 uses it). */
    NormativeDocument endForce(Store.Repositories r, long id, EndOfForce decision, LocalDate on, String reason) {
        NormativeDocument before = r.documents().findById(id).orElseThrow(RegisterService::gone);
        if (before.stage() != Stage.PUBLISHED) {
            throw new RuleViolation(Problem.error("stage", "guard.endForce.notPublished", before.stage().label()));
        }
        NormativeDocument after = before.toBuilder().endOfForce(decision).endOfForceOn(on).build();
        NormativeDocument saved = r.documents().update(after, ValidityRule.derive(after, today()), auditor.now());
        auditor.record(r.audit(), AuditEvent.DOCUMENT, id, "END_OF_FORCE",
                decision.label() + "（自" + on + "起）：" + reason.strip(), before, saved);
        return saved;
    }

    /** Saves the user's edit of a document's fields; the stage changes only by {@link #transition}. */
    public NormativeDocument update(NormativeDocument d) {
        auditor.require(Permission.DRAFT);
        NormativeDocument clean = tidy(d);
        throwIfErrors(validate(clean));
        return store.inTransaction(r -> {
            NormativeDocument before = r.documents().findById(clean.id()).orElseThrow(RegisterService::gone);
            NormativeDocument kept = clean.toBuilder().stage(before.stage()).reviewOutcome(before.reviewOutcome())
                    .endOfForce(before.endOfForce()).endOfForceOn(before.endOfForceOn()).build();
            NormativeDocument saved = r.documents().update(kept, ValidityRule.derive(kept, today()), auditor.now());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, saved.id(), "UPDATE", "修改文件信息", before, saved);
            return saved;
        });
    }

    /** Moves a document one step; refused with the reasons in Chinese when a guard says no. */
    public NormativeDocument transition(long id, TransitionRequest request) {
        auditor.require(Permission.forTransition(request.transition()));
        return store.inTransaction(r -> mover.move(r, id, request));
    }

    /**
     * Brings the stored 时效性 up to today for every document whose day of change has come (a
     * document entering force, or reaching the end of its 有效期), and logs each change in the
     * document's log in the name of {@link #SYSTEM_ACTOR}. The end of a 有效期 is logged as
     * 有效期届满 with its date. A document that changed is not due again (its day of change moves
     * on), so opening the register twice logs a change once.
     *
     * @return how many documents changed 时效性
     */
    public int refreshValidity() {
        LocalDate today = today();
        return store.inTransaction(r -> {
            int changed = 0;
            for (long id : r.documents().idsWithValidityDue(today)) {
                NormativeDocument d = r.documents().findById(id).orElseThrow();
                Validity before = r.documents().storedValidity(id).orElse(null);
                ValidityRule.Derived now = ValidityRule.derive(d, today);
                r.documents().updateDerived(id, now);
                if (before != now.validity()) {
                    changed++;
                    if (expiredByTime(d, now.validity())) {
                        LocalDate lapsedOn = d.validUntil().plusDays(1);
                        system.record(r.audit(), AuditEvent.DOCUMENT, id, "EXPIRY",
                                Texts.get("expiry.audit.expired", chinese(d.validUntil()), chinese(lapsedOn)),
                                Map.of("validity", label(before), "validUntil", d.validUntil().toString()),
                                Map.of("validity", label(now.validity()), "expiredOn", lapsedOn.toString()));
                    } else {
                        system.record(r.audit(), AuditEvent.DOCUMENT, id, "VALIDITY",
                                "时效性变更：" + label(before) + " → " + label(now.validity()),
                                Map.of("validity", label(before)), Map.of("validity", label(now.validity())));
                    }
                }
            }
            return changed;
        });
    }

    /** 已失效 because the 有效期 ran out, not because a decision (宣布失效) said so. */
    private static boolean expiredByTime(NormativeDocument d, Validity validity) {
        return validity == Validity.EXPIRED && d.endOfForce() == null && d.validUntil() != null;
    }

    /**
     * What stands in the way of recording this 延长有效期 decision today (errors), and what is worth a
     * look (a warning when the document has already lapsed). Changes nothing.
     */
    public List<Problem> checkExtension(long id, ValidityExtension extension) {
        LocalDate today = today();
        return store.read(r -> extension.problems(r.documents().findById(id).orElseThrow(RegisterService::gone),
                RulePackService.read(r.settings()), today));
    }

    /**
     * Records a 延长有效期 decision: the document's 有效期至 becomes the new date, its 时效性 is derived
     * again (a document that had lapsed by time is 现行有效 again), the decision is kept with its
     * basis and date, and the change is logged. Refused, with the reasons in Chinese, when
     * {@link ValidityExtension#problems} finds an error.
     */
    public NormativeDocument extendValidity(long id, ValidityExtension extension) {
        auditor.require(Permission.PUBLISH); // it changes when a published document stays in force
        LocalDate today = today();
        return store.inTransaction(r -> {
            NormativeDocument before = r.documents().findById(id).orElseThrow(RegisterService::gone);
            throwIfErrors(extension.problems(before, RulePackService.read(r.settings()), today));
            NormativeDocument after = before.toBuilder().validUntil(extension.newValidUntil()).build();
            NormativeDocument saved = r.documents().update(after, ValidityRule.derive(after, today), auditor.now());
            r.documents().insertExtension(id, before.validUntil(), extension, auditor.now(), auditor.actorName());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, id, "EXTEND_VALIDITY",
                    Texts.get("expiry.audit.extended", before.validUntil() == null ? "—" : chinese(before.validUntil()),
                            chinese(extension.newValidUntil()), chinese(extension.decidedOn()),
                            extension.basis().strip()),
                    before, saved);
            return saved;
        });
    }

    public Optional<NormativeDocument> find(long id) {
        return store.read(r -> r.documents().findById(id));
    }

    /** The document's 时效性 as of today. */
    public Validity validityOf(NormativeDocument d) {
        return ValidityRule.derive(d, today()).validity();
    }

    public Page<RegisterRow> page(RegisterQuery q) {
        return store.read(r -> r.documents().page(q));
    }

    /**
     * Brings the full-text index up to date on a background thread, so that the first search of a
     * large or newly upgraded register need not wait for it. The window calls this on opening.
     */
    public void prepareSearch() {
        // Opening the index (and, after an upgrade, queuing every document) is itself work for a thread.
        java.util.concurrent.CompletableFuture.runAsync(() -> store.fullText().buildInBackground());
    }

    /** Brings the full-text index up to date on the calling thread (the benchmark times this). */
    public void updateSearchIndex() {
        store.fullText().catchUpNow();
    }

    /** Whether searches still cover only title and 文号, as the full-text index is being built. */
    public boolean isSearchIndexBuilding() {
        return store.fullText().isBuilding();
    }

    public List<Integer> years() {
        return store.read(r -> r.documents().years());
    }

    /** The 延长有效期 decisions recorded on a document, oldest first. */
    public List<ValidityExtension> extensions(long documentId) {
        return store.read(r -> r.documents().extensions(documentId));
    }

    public List<AuditEvent> history(long documentId) {
        return store.read(r -> r.audit().history(AuditEvent.DOCUMENT, documentId));
    }

    /**
     * What the home screen shows: where the documents stand, which expire within the evaluation
     * window (a setting, RULES.md §1: 6 months), and which have lapsed by time within the same span
     * back and still await a decision (延长有效期, or a cleanup that confirms the end).
     */
    public RegisterSummary summary() {
        LocalDate today = today();
        return store.read(r -> {
            int months = RulePackService.read(r.settings()).expiryWindowMonths();
            // one row past the limit tells whether the list is cut, without counting them all
            List<RegisterRow> expiring = r.documents().expiringBetween(today, today.plusMonths(months), HOME_LIST_LIMIT + 1);
            List<RegisterRow> lapsed = r.documents().lapsedBetween(today.minusMonths(months), today.minusDays(1),
                    HOME_LIST_LIMIT + 1);
            return new RegisterSummary(r.documents().count(), r.documents().countByStage(),
                    r.documents().countByValidity(), firstOfList(expiring), firstOfList(lapsed), months,
                    expiring.size() > HOME_LIST_LIMIT, lapsed.size() > HOME_LIST_LIMIT);
        });
    }

    private static List<RegisterRow> firstOfList(List<RegisterRow> rows) {
        return rows.size() > HOME_LIST_LIMIT ? List.copyOf(rows.subList(0, HOME_LIST_LIMIT)) : rows;
    }

    private static String chinese(LocalDate day) {
        return day.format(CHINESE_DATE);
    }

    private static String label(Validity v) {
        return v == null ? "—" : v.label();
    }

    private static void throwIfErrors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }

    private static RuleViolation gone() {
        return new RuleViolation(Problem.error("id", "store.documentGone"));
    }

    /** Trims text fields and stores the 文号 in its normalised form when it can be read. */
    private static NormativeDocument tidy(NormativeDocument d) {
        String number = blankToNull(d.docNumber());
        if (number != null) {
            number = DocNumber.normalize(number).orElse(number);
        }
        return d.toBuilder()
                .title(d.title() == null ? null : d.title().strip())
                .docNumber(number)
                .registrationNumber(blankToNull(d.registrationNumber()))
                .draftingUnit(blankToNull(d.draftingUnit()))
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
