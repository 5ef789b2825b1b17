package org.normdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocNumber;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.ValidityRule;
import org.normdesk.domain.access.Permission;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.cleanup.Suggestion;
import org.normdesk.domain.cleanup.TallyGroup;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.store.CleanupRepository;
import org.normdesk.store.Store;
import org.normdesk.text.SameMatter;
import org.normdesk.word.CleanupExport;
import org.normdesk.word.DecisionSheetReader;
import org.normdesk.word.UnreadableDocumentException;

/**
 * 清理 (RULES.md §5): a campaign lists the documents in its scope with a suggested outcome and the
 * signal behind it; the office records a decision on each (one, a selection, or a sheet at a time);
 * closing publishes them in one transaction: 废止 and 失效 documents leave force on the decision
 * date, each 修改 gets a new draft linked to the document it revises. Tallies come from the database.
 */
public final class CleanupService {
    static final String ENTITY = "CLEANUP_CAMPAIGN";

    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final RegisterService register;
    private final UpperLawService laws;

    public CleanupService(Store store, Clock clock, Session session, RegisterService register, UpperLawService laws) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.register = register;
        this.laws = laws;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- campaigns

    /**
     * Creates the campaign with every document of its scope and the suggestion for each, in one
     * transaction. The suggestions are worked out first (the citations need the text analysis), with
     * progress per document; cancelling saves nothing.
     *
     * @throws CancellationException when the progress asks to stop
     */
    public CleanupCampaign create(CleanupCampaign draft, Progress progress) {
        return create(draft, progress, true);
    }

    /**
     * As {@link #create(CleanupCampaign, Progress)}; with {@code citations} false the cited upper laws
     * are not looked at (the text analysis costs a few milliseconds a document: the benchmark fills a
     * 100,000-document campaign this way, and the signals of dates and newer documents still hold).
     */
    public CleanupCampaign create(CleanupCampaign draft, Progress progress, boolean citations) {
        return create(draft, null, progress, citations);
    }

    /**
     * A 专项清理 over exactly the given documents (those still published and in force on the cut-off;
     * the others are left out): the 上位法库 starts one over the documents citing a law that was
     * repealed or amended. Same checks, suggestions and single transaction as {@link #create}.
     *
     * @throws CancellationException when the progress asks to stop
     */
    public CleanupCampaign createSpecial(CleanupCampaign draft, Collection<Long> documentIds, Progress progress) {
        if (draft.kind() != CampaignKind.SPECIAL) {
            throw new IllegalArgumentException("a campaign over chosen documents is a 专项清理, not " + draft.kind());
        }
        return create(draft, List.copyOf(documentIds), progress, true);
    }

    /** @param documentIds the documents to take (null: every document of the draft's scope) */
    private CleanupCampaign create(CleanupCampaign draft, List<Long> documentIds, Progress progress, boolean citations) {
        auditor.require(Permission.CLEANUP);
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && store.read(r -> r.cleanup().findByName(draft.name())).isPresent()) {
            problems.add(Problem.error("name", "cleanup.problem.nameTaken", draft.name()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        List<CleanupRepository.ScopeDocument> scope = documentIds != null && documentIds.isEmpty() ? List.of()
                : store.read(r -> r.cleanup().inScope(draft, documentIds));
        if (scope.isEmpty()) {
            throw new RuleViolation(Problem.error("cutOff",
                    documentIds == null ? "cleanup.problem.empty" : "cleanup.problem.noChosenInForce"));
        }
        List<CleanupRepository.NewItem> items = suggest(scope, progress, citations);
        LocalDate today = today();
        return store.inTransaction(r -> {
            if (r.cleanup().findByName(draft.name()).isPresent()) {
                throw new RuleViolation(Problem.error("name", "cleanup.problem.nameTaken", draft.name()));
            }
            CleanupCampaign saved = r.cleanup().insert(draft, today);
            r.cleanup().insertItems(saved.id(), items);
            String what = documentIds == null
                    ? Texts.get("cleanup.audit.create", saved.name(), saved.kindText(), saved.cutOff().toString(),
                            String.valueOf(items.size()))
                    : Texts.get("cleanup.audit.createOver", saved.name(), saved.kindText(), String.valueOf(items.size()));
            auditor.record(r.audit(), ENTITY, saved.id(), "CREATE", what, null, saved);
            return saved;
        });
    }

    /** The suggestion for each document in scope (see {@link Suggestion#of}). */
    private List<CleanupRepository.NewItem> suggest(List<CleanupRepository.ScopeDocument> scope, Progress progress,
                                                    boolean citations) {
        LocalDate today = today();
        Set<Long> issuers = new HashSet<>();
        LocalDate earliest = null;
        for (CleanupRepository.ScopeDocument d : scope) {
            issuers.add(d.issuerId());
            if (d.madeOn() != null && (earliest == null || d.madeOn().isBefore(earliest))) {
                earliest = d.madeOn();
            }
        }
        LocalDate from = earliest;
        Map<Long, List<NewerCandidate>> byIssuer = new HashMap<>();
        for (CleanupRepository.Candidate c : store.read(r -> r.cleanup().publishedOf(issuers,
                from == null ? LocalDate.of(1900, 1, 1) : from))) {
            byIssuer.computeIfAbsent(c.issuerId(), k -> new ArrayList<>()).add(new NewerCandidate(c, SameMatter.Matter.ofTitle(c.title())));
        }
        List<CleanupRepository.NewItem> out = new ArrayList<>(scope.size());
        int done = 0;
        for (CleanupRepository.ScopeDocument d : scope) {
            if (!progress.report(done++, scope.size())) {
                throw new CancellationException();
            }
            out.add(new CleanupRepository.NewItem(d.id(), d.issuerId(), Suggestion.of(d.validUntil(), today,
                    newer(d, byIssuer.getOrDefault(d.issuerId(), List.of())), citations ? changedLaws(d) : List.of())));
        }
        progress.report(scope.size(), scope.size());
        return out;
    }

    private record NewerCandidate(CleanupRepository.Candidate doc, SameMatter.Matter matter) {
    }

    /** Newer documents of the same issuer on the same matter, newest first. */
    private static List<Suggestion.NewerDocument> newer(CleanupRepository.ScopeDocument d, List<NewerCandidate> candidates) {
        SameMatter.Matter matter = SameMatter.Matter.ofTitle(d.title());
        List<Suggestion.NewerDocument> out = new ArrayList<>();
        for (NewerCandidate c : candidates) {
            if (c.doc().id() == d.id() || d.madeOn() == null || !c.doc().publishedOn().isAfter(d.madeOn())) {
                continue;
            }
            if (c.matter().same(matter)) {
                out.add(new Suggestion.NewerDocument(c.doc().title(), c.doc().docNumber(), c.doc().publishedOn()));
            }
        }
        return out;
    }

    private List<Suggestion.ChangedLaw> changedLaws(CleanupRepository.ScopeDocument d) {
        if (d.fullText() == null || d.fullText().indexOf('《') < 0) {
            return List.of(); // nothing cited: spare the text analysis
        }
        Map<String, Suggestion.ChangedLaw> out = new LinkedHashMap<>();
        for (UpperLawService.OutdatedCitation c : laws.outdatedCitations(d.fullText(), d.title(), d.madeOn())) {
            out.putIfAbsent(c.law().name(), new Suggestion.ChangedLaw(c.law().name(),
                    c.law().status() == LawStatus.REPEALED, c.law().replacedBy()));
        }
        return List.copyOf(out.values());
    }

    public List<CleanupCampaign> campaigns() {
        return store.read(r -> r.cleanup().campaigns(false));
    }

    /** Open campaigns with how many of their documents are decided (the home screen's list). */
    public record OpenCampaign(CleanupCampaign campaign, int documents, int decided) {
    }

    public List<OpenCampaign> openCampaigns() {
        return store.read(r -> {
            Map<Long, int[]> progress = r.cleanup().progress();
            return r.cleanup().campaigns(true).stream().map(c -> {
                int[] p = progress.getOrDefault(c.id(), new int[2]);
                return new OpenCampaign(c, p[0], p[1]);
            }).toList();
        });
    }

    public CleanupCampaign campaign(long id) {
        return store.read(r -> load(r, id));
    }

    /** A campaign by its id or its exact name (the command line accepts either). */
    public CleanupCampaign campaign(String idOrName) {
        String t = idOrName.strip();
        return store.read(r -> r.cleanup().findByName(t).orElseGet(() -> {
            try {
                return load(r, Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new RuleViolation(Problem.error("campaign", "cleanup.problem.notFound", t));
            }
        }));
    }

    /** What was done to the campaign itself (creation, closing), oldest first. */
    public List<AuditEvent> history(long campaignId) {
        return store.read(r -> r.audit().history(ENTITY, campaignId));
    }

    public List<CleanupItem> items(long campaignId) {
        return store.read(r -> r.cleanup().items(campaignId));
    }

    // ---- decisions

    /** Records the same decision for every item given (a selection), in one transaction, each audited on its document. */
    public int decide(long campaignId, List<Long> itemIds, Decision d) {
        auditor.require(Permission.CLEANUP);
        if (!d.problems().isEmpty()) {
            throw new RuleViolation(d.problems());
        }
        return store.inTransaction(r -> {
            CleanupCampaign c = openCampaign(r, campaignId);
            for (long id : itemIds) {
                CleanupItem item = r.cleanup().item(id).filter(i -> i.campaignId() == c.id())
                        .orElseThrow(() -> new RuleViolation(Problem.error("item", "cleanup.problem.itemNotFound", id)));
                record(r, c, item, d);
            }
            return itemIds.size();
        });
    }

    /**
     * Takes the suggestion as the decision for each given item (all undecided ones when {@code itemIds}
     * is null), with the suggestion's reason and what was found as its particulars; one transaction.
     */
    public int decideAsSuggested(long campaignId, List<Long> itemIds, String responsibleUnit) {
        auditor.require(Permission.CLEANUP);
        Set<Long> wanted = itemIds == null ? null : new HashSet<>(itemIds);
        return store.inTransaction(r -> {
            CleanupCampaign c = openCampaign(r, campaignId);
            List<AuditEvent> events = new ArrayList<>();
            int n = 0;
            for (CleanupItem item : r.cleanup().items(c.id())) {
                if (wanted == null ? item.decided() : !wanted.contains(item.id())) {
                    continue;
                }
                Suggestion s = item.suggestion();
                Decision d = new Decision(s.outcome(), s.reason(), s.detail(), responsibleUnit, null);
                r.cleanup().decide(item, d, auditor.now());
                events.add(auditor.event(AuditEvent.DOCUMENT, item.documentId(), "CLEANUP_DECISION",
                        Texts.get("cleanup.audit.decide", d.outcome().label(), c.name()) + reasonSuffix(d),
                        item.decision(), d));
                n++;
            }
            r.audit().appendAll(events);
            return n;
        });
    }

    private void record(Store.Repositories r, CleanupCampaign c, CleanupItem item, Decision d) {
        r.cleanup().decide(item, d, auditor.now());
        auditor.record(r.audit(), AuditEvent.DOCUMENT, item.documentId(), "CLEANUP_DECISION",
                Texts.get("cleanup.audit.decide", d.outcome().label(), c.name()) + reasonSuffix(d),
                item.decision(), d);
    }

    private static String reasonSuffix(Decision d) {
        String reason = d.reasonText();
        return reason.isEmpty() ? "" : "：" + reason;
    }

    /** What a sheet import did: decisions recorded, and the rows refused with the reason for each. */
    public record SheetImport(int applied, List<String> problems) {
    }

    /**
     * Reads decisions from an .xlsx sheet (文件名称 or 文号, 清理结果, 理由, 说明, 实施部门, 备注) and records
     * the good rows in one transaction; a bad row is refused with a sentence saying which row and
     * what to do, and the other rows are kept.
     */
    public SheetImport importDecisions(long campaignId, Path file) {
        auditor.require(Permission.CLEANUP);
        DecisionSheetReader.Result sheet;
        try {
            sheet = new DecisionSheetReader().read(file);
        } catch (UnreadableDocumentException e) {
            throw new RuleViolation(Problem.error("file", "cleanup.import.unreadable", String.valueOf(file.getFileName()),
                    e.failure().message()));
        }
        if (sheet.sheets() == 0) {
            throw new RuleViolation(Problem.error("file", "cleanup.import.noSheet", String.valueOf(file.getFileName())));
        }
        return store.inTransaction(r -> {
            CleanupCampaign c = openCampaign(r, campaignId);
            Map<String, CleanupItem> byNumber = new HashMap<>();
            Map<String, CleanupItem> byTitle = new HashMap<>();
            for (CleanupItem i : r.cleanup().items(c.id())) {
                if (i.docNumber() != null) {
                    byNumber.putIfAbsent(DocNumber.normalizeBrackets(i.docNumber().strip()), i);
                }
                byTitle.putIfAbsent(i.title().strip(), i);
            }
            List<String> problems = new ArrayList<>();
            int applied = 0;
            for (DecisionSheetReader.SheetRow row : sheet.rows()) {
                String where = sheet.sheets() > 1 ? Texts.get("cleanup.import.sheetRow", row.sheet(), row.line())
                        : Texts.get("cleanup.import.row", row.line());
                String title = row.get(DecisionSheetReader.Column.TITLE);
                String number = row.get(DecisionSheetReader.Column.DOC_NUMBER);
                if (title.isEmpty() && number.isEmpty()) {
                    continue; // a blank line or a section heading (（一）政府文件)
                }
                CleanupItem item = number.isEmpty() ? null : byNumber.get(DocNumber.normalizeBrackets(number));
                if (item == null) {
                    item = byTitle.get(title);
                }
                if (item == null) {
                    problems.add(Texts.get("cleanup.import.noDocument", where, number, title));
                    continue;
                }
                String outcomeText = row.get(DecisionSheetReader.Column.OUTCOME);
                if (outcomeText.isEmpty()) {
                    problems.add(Texts.get("cleanup.import.noOutcome", where));
                    continue;
                }
                var outcome = CleanupOutcome.parse(outcomeText);
                if (outcome.isEmpty()) {
                    problems.add(Texts.get("cleanup.import.badOutcome", where, outcomeText));
                    continue;
                }
                Decision d = decisionOf(row, outcome.get());
                if (!d.problems().isEmpty()) {
                    problems.add(Texts.get("cleanup.import.noReason", where, outcome.get().label()));
                    continue;
                }
                CleanupItem fresh = r.cleanup().item(item.id()).orElseThrow();
                record(r, c, fresh, d);
                applied++;
            }
            if (applied > 0) {
                auditor.record(r.audit(), ENTITY, c.id(), "IMPORT_DECISIONS",
                        Texts.get("cleanup.import.audit", applied, String.valueOf(file.getFileName())), null, null);
            }
            return new SheetImport(applied, problems);
        });
    }

    /** The 理由 cell may hold a standard reason, a standard reason and particulars (适用期已过；…), or free text. */
    private static Decision decisionOf(DecisionSheetReader.SheetRow row, CleanupOutcome outcome) {
        String reasonText = row.get(DecisionSheetReader.Column.REASON);
        String note = row.get(DecisionSheetReader.Column.REASON_NOTE);
        CleanupReason reason = null;
        if (!reasonText.isEmpty()) {
            String[] parts = reasonText.split("[；;]", 2);
            reason = CleanupReason.parse(parts[0]).orElse(null);
            String rest = reason == null ? reasonText : parts.length > 1 ? parts[1].strip() : "";
            note = join(rest, note);
        }
        return new Decision(outcome, reason, note, row.get(DecisionSheetReader.Column.UNIT),
                row.get(DecisionSheetReader.Column.NOTE));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.equals(b) ? a : a + "；" + b;
    }

    // ---- closing

    /** How many documents of the campaign have no decision yet. */
    public int undecided(long campaignId) {
        return (int) items(campaignId).stream().filter(i -> !i.decided()).count();
    }

    /**
     * Closes the campaign and publishes its decisions, effective on {@code decidedOn}, in ONE
     * transaction (a crash leaves all or nothing): 废止, 宣布失效 and 已明令废止 documents leave force that
     * day; each 修改 gets a new draft that revises it (the old one stays in force until the revision is
     * published, then becomes 已修改); 继续有效 documents stay. A document not on the 继续有效 list may
     * no longer serve as a basis of administration (RULES.md §5): undecided documents are refused, or,
     * when {@code expireUndecided}, declared expired with that reason.
     */
    public CleanupTally close(long campaignId, LocalDate decidedOn, boolean expireUndecided) {
        auditor.require(Permission.CLOSE_CAMPAIGN);
        if (decidedOn == null) {
            throw new RuleViolation(Problem.error("decidedOn", "cleanup.problem.decisionDate"));
        }
        store.inTransaction(r -> {
            CleanupCampaign c = openCampaign(r, campaignId);
            List<CleanupItem> items = r.cleanup().items(c.id());
            long undecided = items.stream().filter(i -> !i.decided()).count();
            if (undecided > 0 && !expireUndecided) {
                throw new RuleViolation(Problem.error("items", "cleanup.problem.undecided", undecided));
            }
            Decision notListed = new Decision(CleanupOutcome.DECLARE_EXPIRED, CleanupReason.NOT_LISTED, null, null, null);
            Map<CleanupOutcome, Integer> counts = new EnumMap<>(CleanupOutcome.class);
            for (CleanupItem item : items) {
                Decision d = item.decision();
                if (!item.decided()) {
                    record(r, c, item, notListed);
                    d = notListed;
                }
                counts.merge(d.outcome(), 1, Integer::sum);
                apply(r, c, item, d, decidedOn);
            }
            r.cleanup().close(c, decidedOn, auditor.now());
            auditor.record(r.audit(), ENTITY, c.id(), "CLOSE", Texts.get("cleanup.audit.close", c.name(),
                    decidedOn.toString(), n(counts, CleanupOutcome.KEEP), n(counts, CleanupOutcome.AMEND),
                    n(counts, CleanupOutcome.REPEAL), n(counts, CleanupOutcome.DECLARE_EXPIRED),
                    n(counts, CleanupOutcome.ALREADY_REPEALED)), c, counts);
            return null;
        });
        return tally(campaignId);
    }

    private static String n(Map<CleanupOutcome, Integer> counts, CleanupOutcome o) {
        return String.valueOf(counts.getOrDefault(o, 0));
    }

    private void apply(Store.Repositories r, CleanupCampaign c, CleanupItem item, Decision d, LocalDate on) {
        NormativeDocument doc = r.documents().findById(item.documentId()).orElseThrow();
        if (doc.stage() != Stage.PUBLISHED || doc.endOfForce() != null) {
            return; // ended meanwhile by another decision (备案 撤销, a revision): that decision stands
        }
        if (d.outcome() == CleanupOutcome.AMEND) {
            NormativeDocument draft = NormativeDocument.draft(doc.title(), doc.leadIssuerId(), doc.kind()).toBuilder()
                    .coIssuerIds(doc.coIssuerIds())
                    .draftingUnit(d.responsibleUnit() != null ? d.responsibleUnit() : doc.draftingUnit())
                    .trial(doc.trial()).marketRelated(doc.marketRelated()).majorDecision(doc.majorDecision())
                    .fullText(doc.fullText()).build();
            LocalDate today = today();
            NormativeDocument saved = r.documents().insert(draft, ValidityRule.derive(draft, today), auditor.now());
            r.revisions().link(saved.id(), doc.id());
            r.cleanup().setRevision(item.id(), saved.id());
            auditor.record(r.audit(), AuditEvent.DOCUMENT, saved.id(), "CREATE",
                    Texts.get("cleanup.revision.note", doc.title(), doc.docNumber() == null ? "" : doc.docNumber()),
                    null, saved);
            auditor.record(r.audit(), AuditEvent.DOCUMENT, doc.id(), "REVISION",
                    Texts.get("cleanup.audit.revision", c.name(), doc.title()), null, Map.of("revisionId", saved.id()));
            return;
        }
        d.outcome().endOfForce().ifPresent(eof -> register.endForce(r, doc.id(), eof, on,
                Texts.get("cleanup.audit.endForce", c.name(), d.outcome().label() + reasonSuffix(d))));
    }

    // ---- tally

    /**
     * The campaign's figures: documents counted per issuer and outcome by the database (GROUP BY),
     * folded into the report's groups; the issuers per group are those in the campaign's scope that
     * were on the 制定主体清单 when it was made, or that have a document in it.
     */
    public CleanupTally tally(long campaignId) {
        return store.read(r -> {
            CleanupCampaign c = load(r, campaignId);
            List<CleanupRepository.TallyRow> rows = r.cleanup().tally(c.id());
            List<Issuer> all = r.issuers().findAll();
            return tally(c, rows, all);
        });
    }

    static CleanupTally tally(CleanupCampaign c, List<CleanupRepository.TallyRow> rows, List<Issuer> issuers) {
        Map<Long, Issuer> byId = new HashMap<>();
        issuers.forEach(i -> byId.put(i.id(), i));
        Map<TallyGroup, Set<Long>> issuersOf = new EnumMap<>(TallyGroup.class);
        for (Issuer i : issuers) {
            if (c.covers(i.id(), i.category()) && (c.createdOn() == null || i.isListedOn(c.createdOn()))) {
                issuersOf.computeIfAbsent(TallyGroup.of(i.category()), k -> new HashSet<>()).add(i.id());
            }
        }
        Map<TallyGroup, int[]> totals = new EnumMap<>(TallyGroup.class);
        Map<TallyGroup, Map<CleanupOutcome, Integer>> outcomes = new EnumMap<>(TallyGroup.class);
        Map<CleanupOutcome, Integer> overall = new EnumMap<>(CleanupOutcome.class);
        int total = 0;
        for (CleanupRepository.TallyRow row : rows) {
            TallyGroup g = TallyGroup.of(byId.get(row.issuerId()).category());
            issuersOf.computeIfAbsent(g, k -> new HashSet<>()).add(row.issuerId());
            totals.computeIfAbsent(g, k -> new int[1])[0] += row.count();
            total += row.count();
            if (row.outcome() != null) {
                outcomes.computeIfAbsent(g, k -> new EnumMap<>(CleanupOutcome.class)).merge(row.outcome(), row.count(), Integer::sum);
                overall.merge(row.outcome(), row.count(), Integer::sum);
            }
        }
        Map<TallyGroup, CleanupTally.Counts> groups = new EnumMap<>(TallyGroup.class);
        int allIssuers = 0;
        for (TallyGroup g : TallyGroup.values()) {
            int n = issuersOf.getOrDefault(g, Set.of()).size();
            allIssuers += n;
            groups.put(g, new CleanupTally.Counts(n, totals.getOrDefault(g, new int[1])[0], outcomes.get(g)));
        }
        return new CleanupTally(new CleanupTally.Counts(allIssuers, total, overall), groups);
    }

    // ---- exports

    /**
     * Writes the 清理结果目录 with the tally and the paragraph: .xlsx by the file's extension, else .docx.
     *
     * @return how many documents the lists hold
     */
    public int export(long campaignId, Path target) {
        String name = String.valueOf(target.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".xlsx")) {
            throw new RuleViolation(Problem.error("file", "cleanup.export.extension", String.valueOf(target.getFileName())));
        }
        CleanupCampaign c = campaign(campaignId);
        List<CleanupItem> items = items(campaignId);
        try {
            CleanupExport.write(new CleanupExport.Content(c.name(), items, tally(campaignId)), target, name.endsWith(".xlsx"));
        } catch (java.io.IOException e) {
            // a full disk, a file open in Word: the user can act on the message
            throw new RuleViolation(Problem.error("file", "filing.export.failed", e.getMessage()));
        }
        return (int) items.stream().filter(CleanupItem::decided).count();
    }

    // ---- helpers

    private static CleanupCampaign load(Store.Repositories r, long id) {
        return r.cleanup().find(id).orElseThrow(() -> new RuleViolation(Problem.error("campaign", "cleanup.problem.notFound", id)));
    }

    private static CleanupCampaign openCampaign(Store.Repositories r, long id) {
        CleanupCampaign c = load(r, id);
        if (!c.isOpen()) {
            throw new RuleViolation(Problem.error("campaign", "cleanup.problem.closed", c.name()));
        }
        return c;
    }
}
