package org.normdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.risk.CitedLaw;
import org.normdesk.domain.risk.Dismissal;
import org.normdesk.domain.risk.DocumentFacts;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.ScanContext;
import org.normdesk.domain.risk.ScanResult;
import org.normdesk.store.Store;
import org.normdesk.text.RiskScanner;
import org.normdesk.domain.access.Permission;

/**
 * 风险提示: scans a document of the register, or any text with its facts, against the office's rule
 * pack and the upper-law table, and keeps the reviewer's dismissals (with reasons, counted per
 * category). The review workbench highlights {@link RiskFinding#start()}–{@link RiskFinding#end()}
 * of {@link NormativeDocument#fullText()}.
 */
public final class RiskScanService {
    private static final String AUDIT_ENTITY = "DOCUMENT";

    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final RiskRulesService rules;
    private final UpperLawService laws;
    private final Supplier<Integer> gapDays;
    private volatile RiskScanner scanner;

    /** @param gapDays the RulePack's 施行 gap in days (a setting, RULES.md §1) */
    public RiskScanService(Store store, Clock clock, Session session, RiskRulesService rules, UpperLawService laws,
                           Supplier<Integer> gapDays) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.rules = rules;
        this.laws = laws;
        this.gapDays = gapDays;
    }

    /**
     * One scan: the open findings (in text order), those the reviewer dismissed before (same category
     * and sentence), the rule pack's version, and the citations found.
     */
    public record RiskScan(List<RiskFinding> findings, List<RiskFinding> dismissed, String packVersion,
                           List<CitedLaw> citations) {
        public RiskScan {
            findings = List.copyOf(findings);
            dismissed = List.copyOf(dismissed);
            citations = List.copyOf(citations);
        }
    }

    /** Scans a document of the register (its full text, issuer and dates); dismissed findings set apart. */
    public RiskScan scan(long documentId) {
        NormativeDocument d = store.read(r -> r.documents().findById(documentId))
                .orElseThrow(() -> new RuleViolation(Problem.error("document", "risk.document.notFound", documentId)));
        Optional<Issuer> issuer = d.leadIssuerId() == null ? Optional.empty()
                : store.read(r -> r.issuers().findById(d.leadIssuerId()));
        LocalDate madeOn = d.publishedOn() != null ? d.publishedOn() : d.signedOn();
        LocalDate day = madeOn != null ? madeOn : today();
        DocumentFacts facts = new DocumentFacts(d.title(), issuer.map(Issuer::name).orElse(null),
                issuer.map(i -> i.isListedOn(day)).orElse(null), d.signedOn(), d.publishedOn(), d.effectiveOn(),
                d.validUntil());
        RiskScan raw = scan(d.fullText() == null ? "" : d.fullText(), facts);
        Set<String> dismissedKeys = store.read(r -> r.risk().dismissals(documentId)).stream()
                .map(Dismissal::key).collect(Collectors.toSet());
        List<RiskFinding> open = new ArrayList<>();
        List<RiskFinding> dismissed = new ArrayList<>();
        for (RiskFinding f : raw.findings()) {
            (dismissedKeys.contains(f.key()) ? dismissed : open).add(f);
        }
        return new RiskScan(open, dismissed, raw.packVersion(), raw.citations());
    }

    /** Scans any text (a draft not yet in the register, a file) with the facts known about it. */
    public RiskScan scan(String text, DocumentFacts facts) {
        RiskScanner s = scanner();
        ScanResult result = s.scan(text, new ScanContext(facts, gapDays.get(), today(), laws::lookup));
        return new RiskScan(result.findings(), List.of(), s.pack().version(), result.citations());
    }

    /**
     * Scans what extraction read from a file: its text, title, issuer and dates. The issuer counts as
     * listed when it is on the office's 制定主体清单; with an empty list nothing is said about it.
     */
    public RiskScan scan(ExtractionResult x, List<Issuer> issuerList) {
        LocalDate made = x.signedOn().value();
        Boolean listed = null;
        String issuerName = x.issuer().value();
        if (issuerName != null && !issuerList.isEmpty()) {
            LocalDate day = made != null ? made : today();
            listed = issuerList.stream().anyMatch(i -> i.name().equals(issuerName) && i.isListedOn(day));
        }
        DocumentFacts facts = new DocumentFacts(x.title().value(), issuerName, listed, made, null,
                x.effectiveOn().value(), x.validUntil().value());
        return scan(x.text(), facts);
    }

    /**
     * Sets a finding aside with the reviewer's reason; later scans of the document show it among the
     * dismissed. One transaction with its audit event.
     */
    public Dismissal dismiss(long documentId, RiskFinding finding, String reason) {
        auditor.require(Permission.REVIEW);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(Problem.error("reason", "risk.dismiss.reasonRequired"));
        }
        return store.inTransaction(r -> {
            r.documents().findById(documentId).orElseThrow(
                    () -> new RuleViolation(Problem.error("document", "risk.document.notFound", documentId)));
            Dismissal saved = r.risk().insert(new Dismissal(null, documentId, finding.category(), finding.articleRef(),
                    finding.sentence(), reason.strip(), auditor.now(), auditor.actorName()));
            auditor.record(r.audit(), AUDIT_ENTITY, documentId, "RISK_DISMISS",
                    Texts.get("risk.dismiss.audit", finding.category().label(), finding.articleRef(), reason.strip()),
                    null, saved);
            return saved;
        });
    }

    public List<Dismissal> dismissals(long documentId) {
        return store.read(r -> r.risk().dismissals(documentId));
    }

    /** How often each category was dismissed over the whole register (rules dismissed often need work). */
    public Map<RiskCategory, Integer> dismissalCounts() {
        return store.read(r -> r.risk().countsByCategory());
    }

    /** The scanner of the pack in use, rebuilt when the pack was replaced. */
    private RiskScanner scanner() {
        RiskRulePack pack = rules.current();
        RiskScanner s = scanner;
        if (s == null || s.pack() != pack) {
            s = new RiskScanner(pack);
            scanner = s;
        }
        return s;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
