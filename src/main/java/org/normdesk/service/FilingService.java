package org.normdesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.CatalogEntry;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingDirection;
import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingReport;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.domain.filing.FilingSteps;
import org.normdesk.domain.filing.Materials;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.domain.filing.ReviewResult;
import org.normdesk.store.Store;
import org.normdesk.word.CatalogExport;
import org.normdesk.word.FilingRegisterExport;
import org.normdesk.word.FilingReportDocx;
import org.normdesk.domain.access.Permission;

/**
 * 备案 (RULES.md §4): publishing a document creates its filings to the authorities that cover its
 * issuer; the office records submission, registration, review and follow-up, each one transaction
 * with an audit event on the document's history; 撤销 takes the document out of force. Also the
 * lists for the screens, the exports and the year's figures.
 */
public final class FilingService {
    /** The home screen's look-ahead for filings coming due. */
    public static final int DUE_SOON_DAYS = 7;
    private static final String REPORT_SCOPE = "filing-report|";

    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final RegisterService register;

    public FilingService(Store store, Clock clock, Session session, RegisterService register) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.register = register;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- authorities

    public List<FilingAuthority> authorities() {
        return store.read(r -> r.filings().authorities());
    }

    public FilingAuthority saveAuthority(FilingAuthority a) {
        auditor.require(Permission.SETTINGS);
        List<Problem> problems = new ArrayList<>(a.problems());
        if (a.name() != null && !a.name().isBlank()
                && store.read(r -> r.filings().authorityNameTaken(a.name().strip(), a.id()))) {
            problems.add(Problem.error("name", "filing.authority.nameTaken", a.name().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return store.inTransaction(r -> {
            FilingAuthority before = a.id() == null ? null : r.filings().authority(a.id()).orElse(null);
            FilingAuthority saved = r.filings().save(a);
            auditor.record(r.audit(), "FILING_AUTHORITY", saved.id(), before == null ? "CREATE" : "UPDATE",
                    Texts.get("filing.audit.authority", saved.name()), before, saved);
            return saved;
        });
    }

    // ---- creating filings

    /**
     * Creates, inside the caller's transaction, the filings a published document is due at: one per
     * active authority covering its issuer's category, due the authority's days after 公布. Filings
     * that already exist are left alone, so calling it twice does no harm.
     */
    List<Filing> createFor(Store.Repositories r, NormativeDocument d) {
        if (d.stage() != Stage.PUBLISHED) {
            return List.of();
        }
        IssuerCategory category = r.issuers().findById(d.leadIssuerId()).map(Issuer::category).orElse(null);
        Set<Long> existing = new java.util.HashSet<>();
        r.filings().forDocument(d.id()).forEach(f -> existing.add(f.authorityId()));
        List<Filing> created = new ArrayList<>();
        for (FilingAuthority a : r.filings().authorities()) {
            if (!a.covers(category) || existing.contains(a.id())) {
                continue;
            }
            Filing f = r.filings().insert(Filing.due(d.id(), a, d.publishedOn()));
            auditor.record(r.audit(), AuditEvent.DOCUMENT, d.id(), "FILING_CREATE",
                    Texts.get("filing.audit.create", a.name(), f.dueOn() == null ? "—" : f.dueOn()), null, f);
            created.add(f);
        }
        return created;
    }

    /**
     * The filings of a document entered already published (from an old ledger, an import, the demo
     * county), which no publication created.
     */
    public List<Filing> createMissing(long documentId) {
        auditor.require(Permission.FILE);
        return store.inTransaction(r -> createFor(r, r.documents().findById(documentId)
                .orElseThrow(() -> new RuleViolation(Problem.error("id", "store.documentGone")))));
    }

    /** {@link #createMissing} for every published document with a 公布日期 in the year; how many filings it made. */
    public int createMissingForYear(int year) {
        auditor.require(Permission.FILE);
        return store.inTransaction(r -> {
            int n = 0;
            for (long id : r.filings().publishedIds(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    EnumSet.allOf(IssuerCategory.class))) {
                n += createFor(r, r.documents().findById(id).orElseThrow()).size();
            }
            return n;
        });
    }

    // ---- reading

    public List<FilingRow> list(FilingQuery q) {
        LocalDate today = today();
        return store.read(r -> r.filings().rows(q, today));
    }

    public List<Filing> ofDocument(long documentId) {
        return store.read(r -> r.filings().forDocument(documentId));
    }

    /** What the home screen shows: filings past their due day unsubmitted, and those due within {@link #DUE_SOON_DAYS}. */
    public record Attention(List<FilingRow> overdue, List<FilingRow> dueSoon) {
    }

    public Attention attention() {
        LocalDate today = today();
        List<FilingRow> unsubmitted = new ArrayList<>(list(FilingQuery.all().withStatus(FilingStatus.OVERDUE)));
        List<FilingRow> soon = list(FilingQuery.all().withStatus(FilingStatus.NOT_SUBMITTED)).stream()
                .filter(row -> row.filing().dueOn() != null && !row.filing().dueOn().isAfter(today.plusDays(DUE_SOON_DAYS)))
                .sorted(java.util.Comparator.comparing(row -> row.filing().dueOn()))
                .toList();
        unsubmitted.sort(java.util.Comparator.comparing(row -> row.filing().dueOn()));
        return new Attention(unsubmitted, soon);
    }

    // ---- recording

    /**
     * 报送: the day, the materials handed in and the 备案报告 number; a blank number is given the next
     * of the authority's pattern for the year (gap-free, like the 统一登记号).
     */
    public Filing submit(long filingId, LocalDate on, List<FilingMaterial> given, String reportNumber) {
        auditor.require(Permission.FILE);
        String pattern = store.read(r -> authorityOf(r, load(r, filingId)).reportPattern());
        boolean numbered = (reportNumber == null || reportNumber.isBlank()) && pattern != null && on != null
                && new NumberTemplate(pattern).problem().isEmpty();
        if (numbered) {
            store.prepareSequence(REPORT_SCOPE + pattern, on.getYear());
        }
        return change(filingId, "FILING_SUBMIT", (r, f) -> {
            String number = reportNumber == null || reportNumber.isBlank() ? null : reportNumber.strip();
            NormativeDocument d = r.documents().findById(f.documentId()).orElseThrow();
            Filing checked = FilingSteps.submit(f, on, given, number, d.publishedOn());
            if (numbered && checked.submission().reportNumber() == null) {
                int seq = r.publication().nextNumber(REPORT_SCOPE + pattern, on.getYear());
                String n = new NumberTemplate(pattern).format(on.getYear(), seq, "");
                checked = checked.with(new Filing.Submission(checked.submission().submittedOn(),
                        checked.submission().given(), n, checked.submission().firstComplete()));
            }
            return checked;
        }, f -> Texts.get("filing.audit.submit", f.submittedOn(), nullToDash(f.submission().reportNumber()),
                Materials.labels(f.submission().given())));
    }

    public Filing recordRegistration(long filingId, RegistrationResult result, LocalDate on, LocalDate correctionDue) {
        auditor.require(Permission.FILE);
        return change(filingId, "FILING_REGISTRATION", (r, f) -> FilingSteps.register(f, result, on, correctionDue,
                        RulePackService.read(r.settings()).correctionDays()),
                f -> Texts.get("filing.audit.registration", f.registration().result().label(), f.registration().on()));
    }

    public Filing recordCorrection(long filingId, LocalDate on) {
        auditor.require(Permission.FILE);
        return change(filingId, "FILING_CORRECTION", (r, f) -> FilingSteps.correct(f, on),
                f -> Texts.get("filing.audit.correction", f.registration().correctedOn()));
    }

    /**
     * 备案审查. 撤销 takes the document out of force from that day through the register's own
     * {@code endForce} (the 时效性 becomes 已撤销), in the same transaction.
     */
    public Filing recordReview(long filingId, ReviewResult result, LocalDate on, String note) {
        auditor.require(Permission.FILE);
        return change(filingId, "FILING_REVIEW", (r, f) -> {
            Filing reviewed = FilingSteps.review(f, result, on, note, RulePackService.read(r.settings()).answerDays());
            if (result == ReviewResult.REVOKE) {
                String authority = authorityOf(r, f).name();
                register.endForce(r, f.documentId(), EndOfForce.REVOKED, on,
                        Texts.get("filing.revokeReason", authority, note == null ? "" : note.strip()));
            }
            return reviewed;
        }, f -> Texts.get("filing.audit.review", f.review().result().label(), f.review().on()));
    }

    public Filing recordFollowUp(long filingId, LocalDate answeredOn, String answer, LocalDate refiledOn) {
        auditor.require(Permission.FILE);
        return change(filingId, "FILING_FOLLOW_UP", (r, f) -> FilingSteps.followUp(f, answeredOn, answer, refiledOn,
                        RulePackService.read(r.settings()).answerDays()),
                f -> Texts.get("filing.audit.followUp", nullToDash(f.followUp().answeredOn()),
                        nullToDash(f.followUp().refiledOn())));
    }

    /** Refuses, in Chinese, a user who may not record filings: callers check before work that would otherwise be undone. */
    public void requireFiling() {
        auditor.require(Permission.FILE);
    }

    /**
     * An incoming filing: a department's or township's published document (often just imported
     * from its Word file) received by the county government on that day with those materials.
     */
    public Filing receiveIncoming(long documentId, String filedBy, LocalDate receivedOn, List<FilingMaterial> given) {
        auditor.require(Permission.FILE);
        Filing created = store.inTransaction(r -> {
            NormativeDocument d = r.documents().findById(documentId)
                    .orElseThrow(() -> new RuleViolation(Problem.error("id", "store.documentGone")));
            createFor(r, d);
            return r.filings().forDocument(documentId).stream()
                    .filter(f -> authorityOf(r, f).direction() == FilingDirection.INCOMING)
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation(Problem.error("filing", "filing.incoming.none")));
        });
        if (filedBy != null && !filedBy.isBlank()) {
            change(created.id(), "FILING_SUBMIT", (r, f) -> f.withFiledBy(filedBy.strip()),
                    f -> Texts.get("filing.audit.filedBy", f.filedBy()));
        }
        return submit(created.id(), receivedOn, given, null);
    }

    // ---- exports and figures

    public FilingReport report(long filingId) {
        return store.read(r -> {
            Filing f = load(r, filingId);
            FilingAuthority a = authorityOf(r, f);
            NormativeDocument d = r.documents().findById(f.documentId()).orElseThrow();
            String maker = r.issuers().findById(d.leadIssuerId()).map(Issuer::name).orElse("");
            List<FilingMaterial> materials = f.submission() == null ? f.required() : f.submission().given();
            LocalDate date = f.submittedOn() == null ? today() : f.submittedOn();
            String number = f.submission() == null ? null : f.submission().reportNumber();
            return new FilingReport(number, a.name(), d.title(), d.docNumber(), d.publishedOn(), maker,
                    county(maker), materials, date);
        });
    }

    public void exportReport(long filingId, Path target) {
        requireExtension(target, "docx");
        write(() -> FilingReportDocx.write(report(filingId), target));
    }

    /** The 备案登记表 of the query's filings, as .docx (landscape, official look) or .xlsx by the file's extension. */
    public int exportRegister(FilingQuery q, String heading, Path target) {
        String ext = requireExtension(target, "docx", "xlsx");
        List<FilingRow> rows = list(q);
        write(() -> FilingRegisterExport.write(heading, rows, target, ext.equals("xlsx")));
        return rows.size();
    }

    /** A heading for a register: 备案登记表（2025年1月1日至2025年6月30日，市人民政府）. */
    public String registerHeading(FilingQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.from() != null || q.to() != null) {
            parts.add(Texts.get("filing.register.period", q.from() == null ? "…" : cn(q.from()),
                    q.to() == null ? "…" : cn(q.to())));
        }
        if (q.authorityId() != null) {
            authorities().stream().filter(a -> a.id().equals(q.authorityId())).findFirst()
                    .ifPresent(a -> parts.add(a.name()));
        }
        if (q.category() != null) {
            parts.add(q.category().label());
        }
        return Texts.get("filing.register.title") + (parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）");
    }

    /**
     * The previous year's documents made, amended and repealed (RULES.md §4, due 1月31日), of the
     * issuer categories the outgoing authorities cover.
     */
    public List<CatalogEntry> catalog(int year) {
        Set<IssuerCategory> categories = outgoingCategories();
        return store.read(r -> r.filings().catalog(year, categories));
    }

    public int exportCatalog(int year, Path target) {
        String ext = requireExtension(target, "docx", "xlsx");
        List<CatalogEntry> entries = catalog(year);
        String maker = store.read(r -> r.issuers().findAll().stream()
                .filter(i -> i.category() == IssuerCategory.GOVERNMENT).map(Issuer::name).findFirst().orElse(""));
        write(() -> CatalogExport.write(Texts.get("catalog.title", maker, year), entries, target, ext.equals("xlsx")));
        return entries.size();
    }

    /**
     * The year's figures per issuer category, then all together (category null); see
     * {@link FilingFigures} for what each counts. Every document is counted once, whatever the
     * number of authorities it is filed with.
     */
    public List<FilingFigures> statistics(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        return store.read(r -> {
            Map<IssuerCategory, Integer> made = r.filings().madeByCategory(from, to);
            Map<Long, List<FilingRow>> byDocument = new java.util.LinkedHashMap<>();
            for (FilingRow row : r.filings().rows(FilingQuery.all().between(from, to), today)) {
                byDocument.computeIfAbsent(row.filing().documentId(), k -> new ArrayList<>()).add(row);
            }
            List<FilingFigures> out = new ArrayList<>();
            int[] total = new int[6];
            for (IssuerCategory c : IssuerCategory.values()) {
                int[] n = new int[6];
                n[0] = made.getOrDefault(c, 0);
                for (List<FilingRow> rows : byDocument.values()) {
                    if (rows.get(0).issuerCategory() != c) {
                        continue;
                    }
                    boolean filed = rows.stream().allMatch(x -> x.status().submitted());
                    if (filed) {
                        n[1]++;
                        n[2] += rows.stream().allMatch(x -> x.status() == FilingStatus.ON_TIME) ? 1 : 0;
                        n[3] += rows.stream().allMatch(x -> x.filing().submission().firstComplete()) ? 1 : 0;
                        n[4] += rows.stream().allMatch(x -> x.filing().passedWithoutCorrection()) ? 1 : 0;
                        n[5] += rows.stream().anyMatch(x -> x.filing().corrected()) ? 1 : 0;
                    }
                }
                if (n[0] > 0 || n[1] > 0) {
                    out.add(new FilingFigures(c, n[0], n[1], n[2], n[3], n[4], n[5]));
                    for (int i = 0; i < 6; i++) {
                        total[i] += n[i];
                    }
                }
            }
            out.add(new FilingFigures(null, total[0], total[1], total[2], total[3], total[4], total[5]));
            return out;
        });
    }

    /** The sentence for the 法治政府建设年度报告, about the documents of the categories filed outward. */
    public String statisticsParagraph(int year) {
        Set<IssuerCategory> outgoing = outgoingCategories();
        int[] n = new int[6];
        for (FilingFigures f : statistics(year)) {
            if (f.category() != null && outgoing.contains(f.category())) {
                n[0] += f.made();
                n[1] += f.filed();
                n[2] += f.onTime();
                n[3] += f.complete();
                n[4] += f.passed();
                n[5] += f.corrected();
            }
        }
        List<String> names = authorities().stream()
                .filter(a -> a.active() && a.direction() == FilingDirection.OUTGOING).map(FilingAuthority::name).toList();
        return new FilingFigures(null, n[0], n[1], n[2], n[3], n[4], n[5]).paragraph(names);
    }

    // ---- helpers

    private interface Step {
        Filing apply(Store.Repositories r, Filing f);
    }

    /** One step on a filing: load, apply the domain's rule, save, and log it on the document's history. */
    private Filing change(long filingId, String action, Step step, java.util.function.Function<Filing, String> summary) {
        return store.inTransaction(r -> {
            Filing before = load(r, filingId);
            Filing saved = r.filings().update(step.apply(r, before));
            String authority = authorityOf(r, saved).name();
            auditor.record(r.audit(), AuditEvent.DOCUMENT, saved.documentId(), action,
                    authority + "：" + summary.apply(saved), before, saved);
            return saved;
        });
    }

    private static Filing load(Store.Repositories r, long filingId) {
        return r.filings().find(filingId).orElseThrow(() -> new RuleViolation(Problem.error("id", "filing.gone")));
    }

    private static FilingAuthority authorityOf(Store.Repositories r, Filing f) {
        return r.filings().authority(f.authorityId()).orElseThrow();
    }

    private Set<IssuerCategory> outgoingCategories() {
        Set<IssuerCategory> categories = new LinkedHashSet<>();
        authorities().stream().filter(a -> a.active() && a.direction() == FilingDirection.OUTGOING)
                .forEach(a -> categories.addAll(a.categories()));
        return categories.isEmpty() ? EnumSet.of(IssuerCategory.GOVERNMENT, IssuerCategory.GOVERNMENT_OFFICE)
                : categories;
    }

    /** 我县: the report speaks of the county; 清河县人民政府 → 清河县 is only used to name it when needed. */
    private static String county(String maker) {
        int i = maker.indexOf('县');
        return i > 0 ? maker.substring(0, i + 1) : maker;
    }

    private static String requireExtension(Path target, String... allowed) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(ext)) {
                return ext;
            }
        }
        throw new RuleViolation(Problem.error("file", "filing.export.extension", name,
                "." + String.join("、.", allowed)));
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new RuleViolation(Problem.error("file", "filing.export.failed", e.getMessage()));
        }
    }

    private static String cn(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static Object nullToDash(Object o) {
        return o == null ? "—" : o;
    }
}
