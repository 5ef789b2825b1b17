package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocNumber;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.Publication;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/**
 * After the review: 集体审议, 统一登记·编号 (三统一) and publication (RULES.md §1, §3). Each is one
 * transaction with its audit event.
 */
public final class PublicationService {
    private final Store store;
    private final Clock clock;
    private final Auditor auditor;
    private final DocumentMover mover;

    /** Creates the filings of each published document (备案, RULES.md §4); null: none. */
    private final FilingService filings;

    public PublicationService(Store store, Clock clock, Session session) {
        this(store, clock, session, null);
    }

    public PublicationService(Store store, Clock clock, Session session, FilingService filings) {
        this.filings = filings;
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
        this.mover = new DocumentMover(auditor, () -> LocalDate.now(clock));
    }

    /**
     * Records the meeting. An approving decision moves the document to 已审议 (refused when the
     * review found it illegal); a rejecting one is kept on record and the document stays where it is.
     */
    public Deliberation deliberate(long documentId, Deliberation d) {
        auditor.require(Permission.DECIDE);
        List<Problem> problems = d.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return store.inTransaction(r -> {
            Deliberation saved = r.publication().addDeliberation(d);
            if (d.decision().approves()) {
                mover.move(r, documentId, TransitionRequest.deliberate(d.decision()));
            }
            auditor.record(r.audit(), AuditEvent.DOCUMENT, documentId, "DELIBERATION",
                    Texts.get("deliberation.audit", d.meeting().label(), d.session() == null ? "" : d.session(),
                            d.decision().label()), null, saved);
            return saved;
        });
    }

    /**
     * 统一登记: the next number of the configured pattern for the year of registration, unique and
     * gap-free, given in the same transaction that moves the document (a failure gives it back).
     */
    public NormativeDocument register(long documentId, LocalDate on) {
        auditor.require(Permission.PUBLISH);
        store.prepareSequence(registrationScope(documentId), on.getYear());
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            RulePack pack = RulePackService.read(r.settings());
            NumberTemplate template = new NumberTemplate(pack.registrationTemplate());
            template.problem().ifPresent(p -> {
                throw new RuleViolation(p);
            });
            String shortName = r.issuers().findById(d.leadIssuerId()).map(i -> i.shortName()).orElse("");
            if (template.perIssuer() && (shortName == null || shortName.isBlank())) {
                throw new RuleViolation(Problem.error("shortName", "numbering.noShortName"));
            }
            int seq = r.publication().nextNumber(REGISTRATION + template.scope(shortName), on.getYear());
            return mover.move(r, d, TransitionRequest.register(template.format(on.getYear(), seq, shortName)));
        });
    }

    private static final String REGISTRATION = "registration|";

    private String registrationScope(long documentId) {
        return store.read(r -> {
            NormativeDocument d = mover.load(r, documentId);
            String shortName = r.issuers().findById(d.leadIssuerId()).map(i -> i.shortName()).orElse("");
            return REGISTRATION + new NumberTemplate(RulePackService.read(r.settings()).registrationTemplate())
                    .scope(shortName);
        });
    }

    /** 不予登记 with its reason (审查后不予制定或者不属于规范性文件的，不登记、不编号). */
    public NormativeDocument refuseRegistration(long documentId, String reason) {
        auditor.require(Permission.DECIDE);
        return store.inTransaction(r -> mover.move(r, documentId,
                TransitionRequest.withReason(Transition.REFUSE_REGISTRATION, reason)));
    }

    /** The publication as it will be saved (有效期至 defaulted) and what is wrong with or worth a look in it. */
    public List<Problem> check(long documentId, Publication p) {
        return store.read(r -> {
            NormativeDocument d = mover.load(r, documentId);
            RulePack pack = RulePackService.read(r.settings());
            List<Problem> problems = new java.util.ArrayList<>(p.withDefaults(d, pack).problems(pack));
            String number = DocNumber.normalize(p.docNumber()).orElse(null);
            if (number != null && r.documents().docNumberTaken(number, documentId)) {
                problems.add(Problem.warning("docNumber", "validation.docNumber.duplicate", number));
            }
            return problems;
        });
    }

    /** The default 有效期至 for a document entering force on that day (RULES.md §1). */
    public LocalDate defaultValidUntil(long documentId, LocalDate effectiveOn) {
        return store.read(r -> Publication.defaultValidUntil(mover.load(r, documentId), effectiveOn,
                RulePackService.read(r.settings())));
    }

    /** 公布: fixes 文号 and dates (有效期至 defaulted when empty) and moves the document to 已公布. */
    public NormativeDocument publish(long documentId, Publication p) {
        auditor.require(Permission.PUBLISH);
        return store.inTransaction(r -> {
            NormativeDocument d = mover.load(r, documentId);
            RulePack pack = RulePackService.read(r.settings());
            Publication full = p.withDefaults(d, pack);
            List<Problem> errors = full.problems(pack).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new RuleViolation(errors);
            }
            NormativeDocument withDates = d.toBuilder()
                    .docNumber(DocNumber.normalize(full.docNumber()).orElseThrow())
                    .publishedOn(full.publishedOn()).effectiveOn(full.effectiveOn()).validUntil(full.validUntil())
                    .build();
            NormativeDocument published = mover.move(r, withDates, TransitionRequest.of(Transition.PUBLISH));
            if (full.gapReason() != null && !full.gapReason().isBlank()) {
                r.publication().setEffectiveGapReason(documentId, full.gapReason().strip());
            }
            if (filings != null) {
                // in the same transaction: a published document is never without its filings
                filings.createFor(r, published);
            }
            // a published revision puts the document it revises out of force (已修改)
            RevisionChain.onPublished(r, published, auditor, today());
            return published;
        });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
