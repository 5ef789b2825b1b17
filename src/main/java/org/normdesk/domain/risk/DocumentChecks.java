package org.normdesk.domain.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.normdesk.domain.Texts;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;

/**
 * The checks on a whole document (issue #5): no 有效期, 施行 less than the set number of days after
 * publication without a stated reason, 施行 before publication (溯及既往), an issuer not on the
 * 制定主体清单, and citations of repealed or amended upper law. Each finding points at the sentence
 * that shows it (the 施行 clause, the citation), or at 全文 when no sentence does.
 */
public final class DocumentChecks {
    private static final Pattern IN_FORCE_CLAUSE = Pattern.compile("(?:施行|实施|执行|生效)");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final RiskRulePack pack;
    /** Whether a pattern of the pack matches a sentence (the scanner matches on words). */
    private final BiPredicate<RulePattern, Sentence> matches;

    public DocumentChecks(RiskRulePack pack, BiPredicate<RulePattern, Sentence> matches) {
        this.pack = pack;
        this.matches = matches;
    }

    /**
     * @param gapDays the RulePack's least days between publication and 施行 (RULES.md §1: 30)
     * @param today   the day of the scan: a draft is made today
     * @param laws    the law table's entry for a cited title, if any
     */
    public List<RiskFinding> check(List<Sentence> sentences, DocumentFacts facts, int gapDays, LocalDate today,
                                   List<CitedLaw> citations, Function<String, Optional<UpperLaw>> laws) {
        List<RiskFinding> out = new ArrayList<>();
        validity(sentences, facts).ifPresent(out::add);
        gap(sentences, facts, gapDays).ifPresent(out::add);
        issuer(sentences, facts).ifPresent(out::add);
        LocalDate madeOn = facts.madeOn() != null ? facts.madeOn() : today;
        Set<String> looked = new HashSet<>();
        for (CitedLaw c : citations) {
            if (!looked.add(c.title() + "|" + c.sentenceStart())) {
                continue; // 《…》第十二条、第十四条: one finding for the law in this sentence, not one per article
            }
            laws.apply(c.title()).flatMap(law -> outdated(c, law, madeOn, facts.validUntil())).ifPresent(out::add);
        }
        return out;
    }

    private Optional<RiskFinding> validity(List<Sentence> sentences, DocumentFacts facts) {
        if (facts.validUntil() != null) {
            return Optional.empty();
        }
        for (RiskRule rule : pack.rulesOf(RiskCategory.NO_VALIDITY)) {
            if (!anyMatches(sentences, rule.patterns())) { // no sentence states a 有效期
                Sentence at = lastInForceClause(sentences).orElse(null);
                return Optional.of(finding(at, rule, rule.severity(), rule.why()));
            }
        }
        return Optional.empty();
    }

    private Optional<RiskFinding> gap(List<Sentence> sentences, DocumentFacts facts, int gapDays) {
        LocalDate made = facts.madeOn();
        LocalDate effective = facts.effectiveOn();
        if (made == null || effective == null) {
            return Optional.empty();
        }
        Sentence at = lastInForceClause(sentences).orElse(null);
        if (effective.isBefore(made)) {
            for (RiskRule rule : pack.rulesOf(RiskCategory.RETROACTIVE)) {
                return Optional.of(finding(at, rule, rule.severity(), Texts.get("risk.check.effectiveBeforeMade",
                        CHINESE_DATE.format(effective), CHINESE_DATE.format(made))));
            }
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(made, effective);
        if (days >= gapDays) {
            return Optional.empty();
        }
        for (RiskRule rule : pack.rulesOf(RiskCategory.SHORT_GAP)) {
            if (!anyMatches(sentences, rule.unless())) { // no sentence gives a reason
                return Optional.of(finding(at, rule, rule.severity(),
                        rule.why() + Texts.get("risk.check.gapDays", days, gapDays)));
            }
        }
        return Optional.empty();
    }

    private Optional<RiskFinding> issuer(List<Sentence> sentences, DocumentFacts facts) {
        if (!Boolean.FALSE.equals(facts.issuerListed())) {
            return Optional.empty();
        }
        String name = facts.issuerName() == null ? "" : facts.issuerName();
        Sentence at = name.isBlank() ? null
                : sentences.stream().filter(s -> s.text().contains(name)).findFirst().orElse(null);
        for (RiskRule rule : pack.rulesOf(RiskCategory.ISSUER_NOT_LISTED)) {
            return Optional.of(finding(at, rule, rule.severity(), Texts.get("risk.check.issuer", name) + rule.why()));
        }
        return Optional.empty();
    }

    private Optional<RiskFinding> outdated(CitedLaw c, UpperLaw law, LocalDate madeOn, LocalDate validUntil) {
        List<RiskRule> rules = pack.rulesOf(RiskCategory.OUTDATED_LAW);
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        RiskRule rule = rules.get(0);
        Sentence at = new Sentence(c.articleRef(), c.sentenceStart(), c.sentenceEnd(), c.sentence());
        if (law.status() == LawStatus.REPEALED) {
            LocalDate on = law.statusOn();
            // a document made before the repeal and no longer in force after it cited the law rightly
            boolean concerned = on == null || !madeOn.isBefore(on) || validUntil == null || !validUntil.isBefore(on);
            if (!concerned) {
                return Optional.empty();
            }
            String why = Texts.get("risk.check.repealed", law.name(), on == null ? "" : CHINESE_DATE.format(on),
                    law.replacedBy() == null || law.replacedBy().isBlank()
                            ? Texts.get("risk.check.noReplacement")
                            : Texts.get("risk.check.replacement", law.replacedBy()));
            return Optional.of(citationFinding(at, c, rule, rule.severity(), why));
        }
        if (law.status() == LawStatus.AMENDED
                || law.amendedOn() != null && law.amendedOn().isAfter(madeOn)) {
            LocalDate on = law.amendedOn() != null ? law.amendedOn() : law.statusOn();
            String why = Texts.get("risk.check.amended", law.name(), on == null ? "" : CHINESE_DATE.format(on));
            return Optional.of(citationFinding(at, c, rule, rule.severity().milder(), why));
        }
        return Optional.empty();
    }

    /** Whether some pattern matches some sentence (loops, not streams: this runs on every sentence of every scan). */
    private boolean anyMatches(List<Sentence> sentences, List<RulePattern> patterns) {
        for (Sentence s : sentences) {
            for (RulePattern p : patterns) {
                if (matches.test(p, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Sentence> lastInForceClause(List<Sentence> sentences) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence s = sentences.get(i);
            if (s.text().contains("起") && IN_FORCE_CLAUSE.matcher(s.text()).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static RiskFinding finding(Sentence at, RiskRule rule, RiskSeverity severity, String why) {
        if (at == null) {
            return new RiskFinding(Texts.get("risk.wholeDocument"), 0, 0, "", rule.category(), why, rule.basis(),
                    severity, 0, 0, rule.id());
        }
        return new RiskFinding(at.articleRef(), at.start(), at.end(), at.text(), rule.category(), why, rule.basis(),
                severity, at.start(), at.end(), rule.id());
    }

    private static RiskFinding citationFinding(Sentence at, CitedLaw c, RiskRule rule, RiskSeverity severity,
                                               String why) {
        return new RiskFinding(at.articleRef(), at.start(), at.end(), at.text(), rule.category(), why, rule.basis(),
                severity, c.start(), c.end(), rule.id());
    }
}
