package org.normdesk.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.normdesk.domain.DateText;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.domain.law.LawNames;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.domain.risk.CitedLaw;
import org.normdesk.store.RiskRepository;
import org.normdesk.store.Store;
import org.normdesk.text.RiskScanner;
import org.normdesk.domain.access.Permission;

/**
 * The upper-law table (上位法库): the built-in national laws and administrative regulations
 * (src/main/resources/laws/upper-laws.tsv, written into the database at first use), the office's
 * own rows (CSV import, edits), and the links from documents' citations to it: which cited laws of a
 * document are repealed or amended, and which documents cite a law that changed.
 */
public final class UpperLawService {
    static final String BUILT_IN = "/laws/upper-laws.tsv";
    private static final String SEEDED_SETTING = "laws.builtInVersion";
    private static final String AUDIT_ENTITY = "UPPER_LAW";

    private final Store store;
    private final Auditor auditor;
    private final Clock clock;
    private volatile Map<String, UpperLaw> byKey;

    public UpperLawService(Store store, Clock clock, Session session) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
    }

    /** A cited law's row in the table, whatever way the citation writes its name. */
    public Optional<UpperLaw> lookup(String citedTitle) {
        return Optional.ofNullable(index().get(LawNames.key(citedTitle)));
    }

    public List<UpperLaw> all() {
        ensureSeeded();
        return store.read(r -> r.laws().findAll());
    }

    public List<UpperLaw> withStatus(LawStatus status) {
        ensureSeeded();
        return store.read(r -> r.laws().findByStatus(status));
    }

    /** Adds (id null) or saves a row; the name must be unique in the table as citations match it. */
    public UpperLaw save(UpperLaw law) {
        auditor.require(Permission.SETTINGS);
        ensureSeeded();
        List<Problem> problems = validate(law);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        UpperLaw saved = store.inTransaction(r -> {
            Optional<UpperLaw> before = law.id() == null ? Optional.empty() : r.laws().findById(law.id());
            UpperLaw s = law.id() == null ? r.laws().insert(law) : r.laws().update(law);
            auditor.record(r.audit(), AUDIT_ENTITY, s.id(), law.id() == null ? "CREATE" : "UPDATE",
                    Texts.get("law.audit.saved", s.name(), s.status().chinese()), before.orElse(null), s);
            return s;
        });
        byKey = null;
        return saved;
    }

    /** Marks a law 已废止 on a day, with the law that replaced it (may be blank). */
    public UpperLaw markRepealed(long id, LocalDate on, String replacedBy) {
        auditor.require(Permission.SETTINGS);
        UpperLaw law = find(id);
        return save(law.withStatus(LawStatus.REPEALED, on, blankToNull(replacedBy)));
    }

    /** Marks a law 已修改 (its text changed on that day; documents citing its articles need a look). */
    public UpperLaw markAmended(long id, LocalDate on) {
        auditor.require(Permission.SETTINGS);
        UpperLaw law = find(id);
        return save(law.withStatus(LawStatus.AMENDED, on, law.replacedBy()));
    }

    public UpperLaw find(long id) {
        ensureSeeded();
        return store.read(r -> r.laws().findById(id))
                .orElseThrow(() -> new RuleViolation(Problem.error("law", "law.notFound", id)));
    }

    public List<Problem> validate(UpperLaw law) {
        List<Problem> problems = new ArrayList<>();
        if (law.name() == null || law.key().length() < 2) {
            problems.add(Problem.error("name", "law.name.required"));
        } else {
            Optional<UpperLaw> same = store.read(r -> r.laws().findByKey(law.key()));
            if (same.isPresent() && !same.get().id().equals(law.id())) {
                problems.add(Problem.error("name", "law.name.duplicate", same.get().name()));
            }
        }
        if (law.level() == null || law.level().isBlank()) {
            problems.add(Problem.error("level", "law.level.required"));
        }
        if (law.status() == null) {
            problems.add(Problem.error("status", "law.status.required"));
        }
        return problems;
    }

    /** A cited law of the document that is 已废止 or 已修改, with the row that says so. */
    public record OutdatedCitation(CitedLaw citation, UpperLaw law) {
    }

    /** The document's citations whose law is 已废止 or 已修改 (or amended after the document was made). */
    public List<OutdatedCitation> outdatedCitations(long documentId) {
        NormativeDocument d = store.read(r -> r.documents().findById(documentId))
                .orElseThrow(() -> new RuleViolation(Problem.error("document", "risk.document.notFound", documentId)));
        return outdatedCitations(d.fullText(), d.title(), d.publishedOn() != null ? d.publishedOn() : d.signedOn());
    }

    public List<OutdatedCitation> outdatedCitations(String text, String ownTitle, LocalDate madeOn) {
        List<OutdatedCitation> out = new ArrayList<>();
        for (CitedLaw c : RiskScanner.citationsOf(text, ownTitle)) {
            lookup(c.title()).filter(l -> l.status() == LawStatus.REPEALED || l.status() == LawStatus.AMENDED
                            || madeOn != null && l.amendedOn() != null && l.amendedOn().isAfter(madeOn))
                    .ifPresent(l -> out.add(new OutdatedCitation(c, l)));
        }
        return out;
    }

    /** A register document that cites a law, with the articles it names (blank: the law as a whole). */
    public record CitingDocument(long id, String title, String docNumber, Validity validity, List<String> articles) {
        public boolean inForce() {
            return validity == Validity.IN_FORCE || validity == Validity.NOT_YET_EFFECTIVE;
        }
    }

    /**
     * Every document of the register that cites the law ("upper law changed → these documents need a
     * look"). The database finds the texts that contain the name; the citations decide.
     *
     * @param inForceOnly only documents 现行有效 or 尚未施行
     */
    public List<CitingDocument> citingDocuments(long lawId, boolean inForceOnly) {
        UpperLaw law = find(lawId);
        String key = law.key();
        List<RiskRepository.DocumentText> candidates = store.read(r -> r.risk().documentsContaining(key));
        List<CitingDocument> out = new ArrayList<>();
        for (RiskRepository.DocumentText d : candidates) {
            List<String> articles = new ArrayList<>();
            boolean cites = false;
            for (CitedLaw c : RiskScanner.citationsOf(d.fullText(), d.title())) {
                if (LawNames.key(c.title()).equals(key)) {
                    cites = true;
                    if (c.article() != null && !articles.contains(c.article())) {
                        articles.add(c.article());
                    }
                }
            }
            Validity v = d.validity() == null ? null : Validity.valueOf(d.validity());
            CitingDocument cd = new CitingDocument(d.id(), d.title(), d.docNumber(), v, articles);
            if (cites && (!inForceOnly || cd.inForce())) {
                out.add(cd);
            }
        }
        return out;
    }

    /** What a CSV import did. */
    public record ImportResult(int added, int updated) {
    }

    /**
     * Adds or updates rows from a CSV file of the office (provincial and city rules). Columns, by
     * header: 名称, 层级, 制定机关, 公布日期, 施行日期, 修改日期, 状态, 状态日期, 替代文件, 备注 (only 名称 and
     * 层级 are required). All rows are checked first; one bad row stops the import with every problem
     * listed by line, and nothing is saved.
     */
    public ImportResult importCsv(Path file) {
        auditor.require(Permission.SETTINGS);
        ensureSeeded();
        List<UpperLaw> rows = new LawCsv(clock).read(file);
        ImportResult result = store.inTransaction(r -> {
            int added = 0;
            int updated = 0;
            for (UpperLaw law : rows) {
                Optional<UpperLaw> existing = r.laws().findByKey(law.key());
                if (existing.isPresent()) {
                    UpperLaw e = existing.get();
                    r.laws().update(new UpperLaw(e.id(), law.name(), law.level(), law.issuer(), law.madeOn(),
                            law.effectiveOn(), law.amendedOn(), law.status(), law.statusOn(), law.replacedBy(),
                            law.note(), e.source(), e.version()));
                    updated++;
                } else {
                    r.laws().insert(law);
                    added++;
                }
            }
            auditor.record(r.audit(), AUDIT_ENTITY, 0, "IMPORT",
                    Texts.get("law.audit.imported", file.getFileName(), added, updated), null, null);
            return new ImportResult(added, updated);
        });
        byKey = null;
        return result;
    }

    private Map<String, UpperLaw> index() {
        Map<String, UpperLaw> m = byKey;
        if (m == null) {
            Map<String, UpperLaw> fresh = new HashMap<>();
            for (UpperLaw l : all()) {
                fresh.put(l.key(), l);
            }
            m = fresh;
            byKey = m;
        }
        return m;
    }

    /**
     * Writes the built-in rows the table lacks, once per built-in version: an office's own edits of a
     * row (a status it changed) are kept.
     */
    public synchronized void ensureSeeded() {
        BuiltInLaws builtIn = BuiltInLaws.load();
        String seeded = store.read(r -> r.settings().get(SEEDED_SETTING).orElse(""));
        if (seeded.equals(builtIn.version())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        store.inTransaction(r -> {
            Set<String> have = r.laws().keys();
            Map<String, UpperLaw> missing = new LinkedHashMap<>();
            for (UpperLaw l : builtIn.laws()) {
                UpperLaw row = l.status() == LawStatus.IN_FORCE && l.effectiveOn() != null && l.effectiveOn().isAfter(today)
                        ? l.withStatus(LawStatus.NOT_YET, null, null) : l;
                if (!have.contains(row.key())) {
                    missing.putIfAbsent(row.key(), row);
                }
            }
            r.laws().insertAll(new ArrayList<>(missing.values()));
            r.settings().put(SEEDED_SETTING, builtIn.version());
            return null;
        });
        byKey = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The built-in table as shipped: a version line and tab-separated rows. */
    record BuiltInLaws(String version, List<UpperLaw> laws) {
        static BuiltInLaws load() {
            try (InputStream in = UpperLawService.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String version = "";
                List<UpperLaw> laws = new ArrayList<>();
                boolean header = true;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("# version\t")) {
                        version = line.substring("# version\t".length()).strip();
                        continue;
                    }
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    laws.add(new UpperLaw(null, f[0], f[1], f[2], date(f[3]), date(f[4]), date(f[5]),
                            LawStatus.parse(f[6]).orElse(LawStatus.IN_FORCE), date(f[7]), blankToNull(f[8]),
                            blankToNull(f[9]), UpperLaw.BUILT_IN, 0));
                }
                return new BuiltInLaws(version, laws);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static LocalDate date(String s) {
            return DateText.parse(s).orElse(null);
        }
    }
}
