package org.normdesk.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.review.ReviewCase;
import org.normdesk.store.SettingRepository;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/** The office's rule pack, kept in the settings table; each value falls back to its RULES.md default. */
public final class RulePackService {
    private static final String PREFIX = "rules.";
    /** Audit entity of changes to the rule pack (one row, id 0). */
    public static final String AUDIT_ENTITY = "RULES";
    private final Store store;
    private final Auditor auditor;

    public RulePackService(Store store, Clock clock, Session session) {
        this.store = store;
        this.auditor = new Auditor(clock, session);
    }

    public RulePack current() {
        return store.read(r -> read(r.settings()));
    }

    static RulePack read(SettingRepository s) {
        RulePack d = RulePack.defaults();
        Function<String, String> get = k -> s.get(PREFIX + k).orElse(null);
        return new RulePack(
                intOr(get.apply("reviewDays"), d.reviewDays()),
                intOr(get.apply("commentWorkingDays"), d.commentWorkingDays()),
                intOr(get.apply("commentDaysMarket"), d.commentDaysMarket()),
                intOr(get.apply("effectiveGapDays"), d.effectiveGapDays()),
                intOr(get.apply("validityYears"), d.validityYears()),
                intOr(get.apply("trialValidityYears"), d.trialValidityYears()),
                intOr(get.apply("announcementValidityYears"), d.announcementValidityYears()),
                textOr(get.apply("registrationTemplate"), d.registrationTemplate()),
                textOr(get.apply("opinionTemplate"), d.opinionTemplate()),
                textOr(get.apply("reviewOffice"), d.reviewOffice()),
                intOr(get.apply("expiryWindowMonths"), d.expiryWindowMonths()),
                intOr(get.apply("correctionDays"), d.correctionDays()),
                intOr(get.apply("answerDays"), d.answerDays()));
    }

    /** Every change to the rule pack, oldest first. */
    public List<org.normdesk.domain.AuditEvent> history() {
        return store.read(r -> r.audit().history(AUDIT_ENTITY, 0));
    }

    public List<Problem> validate(RulePack p) {
        List<Problem> problems = new ArrayList<>();
        if (!ReviewCase.reviewDaysAllowed(p.reviewDays())) {
            problems.add(Problem.error("reviewDays", "rules.reviewDays.range", RulePack.REVIEW_DAYS_MIN,
                    RulePack.REVIEW_DAYS_MAX));
        }
        for (int n : new int[]{p.commentWorkingDays(), p.commentDaysMarket(), p.validityYears(),
                p.trialValidityYears(), p.announcementValidityYears(), p.expiryWindowMonths(), p.correctionDays(), p.answerDays()}) {
            if (n <= 0) {
                problems.add(Problem.error("rules", "rules.positive"));
                break;
            }
        }
        if (p.effectiveGapDays() < 0) {
            problems.add(Problem.error("effectiveGapDays", "rules.positive"));
        }
        if (p.reviewOffice() == null || p.reviewOffice().isBlank()) {
            problems.add(Problem.error("reviewOffice", "rules.officeRequired"));
        }
        new NumberTemplate(p.registrationTemplate()).problem().ifPresent(problems::add);
        new NumberTemplate(p.opinionTemplate()).problem().ifPresent(problems::add);
        return problems;
    }

    public void save(RulePack p) {
        auditor.require(Permission.SETTINGS);
        List<Problem> problems = validate(p);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        store.inTransaction(r -> {
            SettingRepository s = r.settings();
            RulePack before = read(s);
            if (before.equals(p)) {
                return null;
            }
            auditor.record(r.audit(), AUDIT_ENTITY, 0, "SETTINGS", Texts.get("rules.audit.saved"), before, p);
            s.put(PREFIX + "reviewDays", String.valueOf(p.reviewDays()));
            s.put(PREFIX + "commentWorkingDays", String.valueOf(p.commentWorkingDays()));
            s.put(PREFIX + "commentDaysMarket", String.valueOf(p.commentDaysMarket()));
            s.put(PREFIX + "effectiveGapDays", String.valueOf(p.effectiveGapDays()));
            s.put(PREFIX + "validityYears", String.valueOf(p.validityYears()));
            s.put(PREFIX + "trialValidityYears", String.valueOf(p.trialValidityYears()));
            s.put(PREFIX + "announcementValidityYears", String.valueOf(p.announcementValidityYears()));
            s.put(PREFIX + "registrationTemplate", p.registrationTemplate());
            s.put(PREFIX + "opinionTemplate", p.opinionTemplate());
            s.put(PREFIX + "reviewOffice", p.reviewOffice());
            s.put(PREFIX + "expiryWindowMonths", String.valueOf(p.expiryWindowMonths()));
            s.put(PREFIX + "correctionDays", String.valueOf(p.correctionDays()));
            s.put(PREFIX + "answerDays", String.valueOf(p.answerDays()));
            return null;
        });
    }

    private static int intOr(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String textOr(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }
}
