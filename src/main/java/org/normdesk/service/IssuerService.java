package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/** Keeps the 制定主体清单: add, edit, retire; each change audited in the same transaction. */
public final class IssuerService {
    private final Store store;
    private final Auditor auditor;
    private final Clock clock;

    public IssuerService(Store store, Clock clock, Session session) {
        this.store = store;
        this.clock = clock;
        this.auditor = new Auditor(clock, session);
    }

    public List<Issuer> all() {
        return store.read(r -> r.issuers().findAll());
    }

    public List<Problem> validate(Issuer issuer) {
        List<Problem> problems = new ArrayList<>();
        if (issuer.name() == null || issuer.name().isBlank()) {
            problems.add(Problem.error("name", "validation.issuerName.required"));
        } else {
            var same = store.read(r -> r.issuers().findByName(issuer.name().strip()));
            if (same.isPresent() && !same.get().id().equals(issuer.id())) {
                problems.add(Problem.error("name", "validation.issuerName.duplicate", issuer.name().strip()));
            }
        }
        if (issuer.category() == null) {
            problems.add(Problem.error("category", "validation.issuerCategory.required"));
        }
        if (issuer.listedSince() != null && issuer.retiredOn() != null
                && issuer.retiredOn().isBefore(issuer.listedSince())) {
            problems.add(Problem.error("retiredOn", "validation.issuer.retiredBeforeListed"));
        }
        return problems;
    }

    public Issuer add(Issuer issuer) {
        auditor.require(Permission.SETTINGS);
        Issuer clean = tidy(issuer);
        throwIfInvalid(clean);
        return store.inTransaction(r -> {
            Issuer saved = r.issuers().insert(clean);
            auditor.record(r.audit(), AuditEvent.ISSUER, saved.id(), "CREATE",
                    "新增制定主体：" + saved.name(), null, saved);
            return saved;
        });
    }

    public Issuer edit(Issuer issuer) {
        auditor.require(Permission.SETTINGS);
        Issuer clean = tidy(issuer);
        throwIfInvalid(clean);
        return store.inTransaction(r -> {
            Issuer before = r.issuers().findById(clean.id()).orElseThrow();
            Issuer saved = r.issuers().update(clean);
            auditor.record(r.audit(), AuditEvent.ISSUER, saved.id(), "UPDATE",
                    "修改制定主体：" + saved.name(), before, saved);
            return saved;
        });
    }

    /** Takes the issuer off the list from today; its documents stay in the register. */
    public Issuer retire(Issuer issuer) {
        auditor.require(Permission.SETTINGS);
        return edit(issuer.retire(LocalDate.now(clock)));
    }

    private void throwIfInvalid(Issuer issuer) {
        List<Problem> problems = validate(issuer);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    private static Issuer tidy(Issuer i) {
        String shortName = i.shortName() == null || i.shortName().isBlank() ? null : i.shortName().strip();
        return new Issuer(i.id(), i.name() == null ? null : i.name().strip(), shortName, i.category(),
                i.listedSince(), i.retiredOn(), i.version());
    }
}
