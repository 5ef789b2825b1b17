package org.normdesk.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.Citation;
import org.normdesk.domain.law.LawNames;
import org.normdesk.domain.risk.CitedLaw;
import org.normdesk.domain.risk.DocumentChecks;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskRule;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.RiskSeverity;
import org.normdesk.domain.risk.RulePattern;
import org.normdesk.domain.risk.ScanContext;
import org.normdesk.domain.risk.ScanResult;
import org.normdesk.domain.risk.Sentence;
import org.normdesk.domain.risk.SubjectScope;
import org.normdesk.domain.risk.WhenCitingLaw;

/**
 * The risk scan (风险提示) of one text against a rule pack: each sentence of each article is matched
 * on HanLP's words and parts of speech, then the document-level checks run. A sentence is segmented
 * only when the characters of some pattern occur in it, which keeps a scan close to the cost of
 * segmentation alone. One scanner per pack; thread-safe.
 */
public final class RiskScanner {
    private final RiskRulePack pack;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SubjectFinder subjects;
    private final List<ClauseRule> clauseRules;
    /** The quick look of every pattern of the pack, answered once per sentence for all of them. */
    private final LiteralIndex literals;
    private final LiteralIndex.Needs[] citingLaw;
    /** Looked up once: a bundle look-up per finding showed in the profile. */
    private final String citesLawWhy = Texts.get("risk.scan.citesLaw");

    public RiskScanner(RiskRulePack pack) {
        this.pack = pack;
        this.subjects = new SubjectFinder(pack.administration(), pack.publicSubjects());
        this.literals = new LiteralIndex(pack);
        this.clauseRules = pack.rules().stream().filter(r -> !r.category().documentLevel())
                .map(r -> new ClauseRule(r, needsOf(r.patterns()), needsOf(r.unless()))).toList();
        this.citingLaw = needsOf(pack.citingLaw());
    }

    /**
     * A clause rule with the quick look of each of its patterns and exceptions, in their order, and
     * the rule id a finding of each pattern carries (joined once, not for every finding).
     */
    private record ClauseRule(RiskRule rule, LiteralIndex.Needs[] patterns, LiteralIndex.Needs[] unless,
                              String[] findingIds) {
        ClauseRule(RiskRule rule, LiteralIndex.Needs[] patterns, LiteralIndex.Needs[] unless) {
            this(rule, patterns, unless, rule.patterns().stream().map(p -> rule.id() + " · " + p.source())
                    .toArray(String[]::new));
        }
    }

    private LiteralIndex.Needs[] needsOf(List<RulePattern> patterns) {
        return patterns.stream().map(literals::needsOf).toArray(LiteralIndex.Needs[]::new);
    }

    public RiskRulePack pack() {
        return pack;
    }

    public ScanResult scan(String text, ScanContext context) {
        String normalized = LawNames.withBookTitleMarks(text == null ? "" : text);
        List<Sentence> sentences = Sentences.of(normalized);
        SentenceTokens tokenCache = new SentenceTokens(tokenizer, normalized);
        Map<Sentence, BitSet> present = new IdentityHashMap<>();
        List<RiskFinding> findings = new ArrayList<>();
        for (Sentence s : sentences) {
            findings.addAll(clauseFindings(s, present(s, present), tokenCache));
        }
        List<CitedLaw> citations = citations(sentences, context.facts().title());
        DocumentChecks checks = new DocumentChecks(pack,
                (p, s) -> mayMatch(literals.needsOf(p), p, s, present) && matches(p, s, tokenCache));
        findings.addAll(checks.check(sentences, context.facts(), context.gapDays(), context.today(), citations,
                context.laws()));
        findings.sort(Comparator.comparingInt(RiskFinding::start).thenComparing(RiskFinding::category));
        return new ScanResult(restoreSentences(findings, text), citations);
    }

    /** Every 《…》 the text cites, with its article and sentence; the document's own title left out. */
    public static List<CitedLaw> citationsOf(String text, String ownTitle) {
        return citations(Sentences.of(LawNames.withBookTitleMarks(text == null ? "" : text)), ownTitle);
    }

    /** HanLP's segmentation of the text with the scanner's settings, for the benchmark: the number of words. */
    public int segmentOnly(String text) {
        return tokenizer.count(text);
    }

    private List<RiskFinding> clauseFindings(Sentence s, BitSet present, SentenceTokens cache) {
        Map<RiskCategory, RiskFinding> byCategory = new LinkedHashMap<>();
        for (ClauseRule clauseRule : clauseRules) {
            RiskRule rule = clauseRule.rule();
            if (byCategory.containsKey(rule.category())) {
                continue;
            }
            for (int i = 0; i < clauseRule.patterns().length; i++) {
                if (!clauseRule.patterns()[i].mayMatch(present)) {
                    continue;
                }
                RulePattern p = rule.patterns().get(i);
                List<Token> tokens = cache.of(s);
                PatternMatcher.Match m = PatternMatcher.find(p, tokens);
                if (m == null) {
                    continue;
                }
                RiskFinding f = judge(clauseRule, i, s, present, tokens, m, cache);
                if (f != null) {
                    byCategory.put(rule.category(), f);
                }
                break;
            }
        }
        return new ArrayList<>(byCategory.values());
    }

    /** The finding a match makes once the exceptions, the subject and a citation of the law are weighed. */
    private RiskFinding judge(ClauseRule clauseRule, int pattern, Sentence s, BitSet present, List<Token> tokens,
                              PatternMatcher.Match m, SentenceTokens cache) {
        RiskRule rule = clauseRule.rule();
        for (int i = 0; i < clauseRule.unless().length; i++) {
            if (clauseRule.unless()[i].mayMatch(present) && matches(rule.unless().get(i), s, cache)) {
                return null;
            }
        }
        SubjectFinder.Subject who = subjects.subjectBefore(tokens, m.from());
        if (rule.subject() == SubjectScope.PUBLIC && who != SubjectFinder.Subject.PUBLIC
                || rule.subject() == SubjectScope.NOT_ADMIN && who == SubjectFinder.Subject.ADMIN) {
            return null;
        }
        RiskSeverity severity = rule.severity();
        String why = rule.why();
        if (rule.whenCitingLaw() != WhenCitingLaw.KEEP && citesLaw(s, present, cache)) {
            if (rule.whenCitingLaw() == WhenCitingLaw.SKIP) {
                return null;
            }
            severity = RiskSeverity.LOW;
            why = citesLawWhy;
        }
        int matchStart = tokens.get(m.from()).start(); // a sentence's tokens carry offsets in the text
        int matchEnd = tokens.get(m.to() - 1).end();
        return new RiskFinding(s.articleRef(), s.start(), s.end(), s.text(), rule.category(), why, rule.basis(),
                severity, matchStart, matchEnd, clauseRule.findingIds()[pattern]);
    }

    private boolean citesLaw(Sentence s, BitSet present, SentenceTokens cache) {
        for (int i = 0; i < citingLaw.length; i++) {
            if (citingLaw[i].mayMatch(present) && matches(pack.citingLaw().get(i), s, cache)) {
                return true;
            }
        }
        return false;
    }

    /** Which of the pack's words the sentence contains, looked up once per sentence and scan. */
    private BitSet present(Sentence s, Map<Sentence, BitSet> present) {
        BitSet found = present.get(s); // not computeIfAbsent: its lambda was made anew at every call
        if (found == null) {
            found = literals.presentIn(s.text());
            present.put(s, found);
        }
        return found;
    }

    /**
     * The quick look for a pattern the document checks ask about: on the index when it knows the
     * pattern (all of the pack's do), else on the sentence's characters.
     */
    private boolean mayMatch(LiteralIndex.Needs needs, RulePattern p, Sentence s, Map<Sentence, BitSet> present) {
        return needs != null ? needs.mayMatch(present(s, present)) : PatternMatcher.mayMatch(p, s.text());
    }

    /** Whether the pattern matches the sentence's words; the caller has made the quick look. */
    private static boolean matches(RulePattern p, Sentence s, SentenceTokens cache) {
        return PatternMatcher.find(p, cache.of(s)) != null;
    }

    private static List<CitedLaw> citations(List<Sentence> sentences, String ownTitle) {
        Set<String> own = new HashSet<>();
        if (ownTitle != null && !ownTitle.isBlank()) {
            own.add(WrappedTitle.norm(ownTitle));
        }
        List<CitedLaw> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.text().indexOf('《') < 0) {
                continue;
            }
            int from = 0;
            for (Citation c : CitationFinder.find(s.text(), own)) {
                int at = s.text().indexOf(c.title(), from);
                if (at < 0) {
                    at = s.text().indexOf(c.title());
                }
                if (at < 0) {
                    continue;
                }
                from = at + c.title().length();
                out.add(new CitedLaw(c.title(), c.article(), s.start() + at, s.start() + at + c.title().length(),
                        s.articleRef(), s.text(), s.start(), s.end()));
            }
        }
        return out;
    }

    /** Findings quote the sentence as the user wrote it (before 〈〉 were read as 《》). */
    private static List<RiskFinding> restoreSentences(List<RiskFinding> findings, String original) {
        List<RiskFinding> out = new ArrayList<>(findings.size());
        for (RiskFinding f : findings) {
            String sentence = f.end() > f.start() && f.end() <= original.length()
                    ? original.substring(f.start(), f.end()) : f.sentence();
            out.add(new RiskFinding(f.articleRef(), f.start(), f.end(), sentence, f.category(), f.why(), f.basis(),
                    f.severity(), f.matchStart(), f.matchEnd(), f.ruleId()));
        }
        return out;
    }
}
