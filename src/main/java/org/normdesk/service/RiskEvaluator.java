package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.Texts;
import org.normdesk.domain.risk.DocumentFacts;
import org.normdesk.domain.risk.LabelledClause;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskEvaluation;
import org.normdesk.domain.risk.RiskEvaluationSet;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.RiskSeverity;
import org.normdesk.domain.risk.ScanContext;
import org.normdesk.text.RiskScanner;

/**
 * The measurement of the risk scan (issue #5): each clause of a labelled set is scanned alone with a
 * rule pack, and the clause-level categories it raises are compared with the labels. A LOW finding
 * (the clause cites the upper law that sets the measure: a reminder to check the citation) does not
 * count as raised: the rule pack itself says such a clause applies a measure rather than setting one.
 * Document-level categories (有效期, 施行 gap, issuer, outdated law) need a document's dates and
 * issuer, not a clause, and are left to RiskScannerTest and RiskScanServiceTest.
 */
public final class RiskEvaluator {
    static final String BUILT_IN_SET = "/eval/risk-clauses.tsv";
    /** The name the reports give the shipped set. */
    public static final String BUILT_IN_NAME = "risk-clauses.tsv";

    private RiskEvaluator() {
    }

    /** The evaluation set that ships with normdesk. */
    public static List<LabelledClause> builtInSet() {
        try (InputStream in = RiskEvaluator.class.getResourceAsStream(BUILT_IN_SET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN_SET);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A set from a file.
     *
     * @throws InvalidFileException listing every bad line
     */
    public static List<LabelledClause> readSet(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InvalidFileException(name, List.of(Texts.get("risk.eval.set.cannotRead", e.getMessage())));
        }
    }

    private static List<LabelledClause> parse(String content, String name) {
        RiskEvaluationSet.Reading r = RiskEvaluationSet.read(content);
        if (!r.problems().isEmpty()) {
            throw new InvalidFileException(name, r.problems());
        }
        return r.clauses();
    }

    /** Scans every clause with the pack and scores the findings against the labels. */
    public static RiskEvaluation evaluate(RiskRulePack pack, List<LabelledClause> set) {
        RiskScanner scanner = new RiskScanner(pack);
        ScanContext context = new ScanContext(DocumentFacts.none(), 30, LocalDate.now(), null);
        return RiskEvaluation.of(set.stream().map(c -> outcome(scanner, context, c)).toList());
    }

    static RiskEvaluation.Outcome outcome(RiskScanner scanner, ScanContext context, LabelledClause clause) {
        Set<RiskCategory> raised = EnumSet.noneOf(RiskCategory.class);
        Set<RiskCategory> reminded = EnumSet.noneOf(RiskCategory.class);
        for (RiskFinding f : scanner.scan(clause.text(), context).findings()) {
            if (f.category().documentLevel()) {
                continue;
            }
            (f.severity() == RiskSeverity.LOW ? reminded : raised).add(f.category());
        }
        return new RiskEvaluation.Outcome(clause, raised, reminded);
    }
}
