package org.normdesk.domain.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well the scan's clause-level findings agree with a labelled set, for each part of the set:
 * per category the clauses found rightly (TP), raised wrongly (FP) and missed (FN), precision and
 * recall, the totals over all categories (each clause-category pair counted once), and every miss.
 */
public record RiskEvaluation(List<PartScore> parts) {

    public RiskEvaluation {
        parts = List.copyOf(parts);
    }

    /** What the scan said on one clause: the categories it raised and those it only reminded of (LOW). */
    public record Outcome(LabelledClause clause, Set<RiskCategory> raised, Set<RiskCategory> reminded) {
        public Outcome {
            raised = Set.copyOf(raised);
            reminded = Set.copyOf(reminded);
        }
    }

    /** Counts of one category or of all together. */
    public record Tally(int truePositives, int falsePositives, int falseNegatives) {
        static final Tally ZERO = new Tally(0, 0, 0);

        /** TP / (TP + FP); NaN when nothing was raised. */
        public double precision() {
            int raised = truePositives + falsePositives;
            return raised == 0 ? Double.NaN : (double) truePositives / raised;
        }

        /** TP / (TP + FN); NaN when nothing was expected. */
        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? Double.NaN : (double) truePositives / expected;
        }

        Tally plus(Tally o) {
            return new Tally(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** A clause the scan got wrong in one category. */
    public record Miss(LabelledClause clause, RiskCategory category, boolean falseNegative) {
    }

    /** One part of the set: its clause count, each clause-level category's tally, the total and the misses. */
    public record PartScore(EvaluationPart part, int clauses, Map<RiskCategory, Tally> categories, Tally total,
                            List<Miss> misses, int reminders) {
        public PartScore {
            categories = Map.copyOf(categories);
            misses = List.copyOf(misses);
        }

        public Tally of(RiskCategory c) {
            return categories.getOrDefault(c, Tally.ZERO);
        }
    }

    /** The clause-level categories, in the order of the enum: the rows of the report. */
    public static List<RiskCategory> clauseCategories() {
        return Arrays.stream(RiskCategory.values()).filter(c -> !c.documentLevel()).toList();
    }

    public static RiskEvaluation of(List<Outcome> outcomes) {
        List<PartScore> parts = new ArrayList<>();
        for (EvaluationPart part : EvaluationPart.values()) {
            parts.add(score(part, outcomes.stream().filter(o -> o.clause().part() == part).toList()));
        }
        return new RiskEvaluation(parts);
    }

    public PartScore part(EvaluationPart p) {
        return parts.stream().filter(s -> s.part() == p).findFirst().orElseThrow();
    }

    private static PartScore score(EvaluationPart part, List<Outcome> outcomes) {
        Map<RiskCategory, Tally> tallies = new EnumMap<>(RiskCategory.class);
        List<Miss> misses = new ArrayList<>();
        int reminders = 0;
        for (RiskCategory c : clauseCategories()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome o : outcomes) {
                boolean expected = o.clause().expected().contains(c);
                boolean raised = o.raised().contains(c);
                if (expected && raised) {
                    tp++;
                } else if (raised) {
                    fp++;
                    misses.add(new Miss(o.clause(), c, false));
                } else if (expected) {
                    fn++;
                    misses.add(new Miss(o.clause(), c, true));
                }
                if (o.reminded().contains(c) && !raised) {
                    reminders++;
                }
            }
            tallies.put(c, new Tally(tp, fp, fn));
        }
        Tally total = tallies.values().stream().reduce(Tally.ZERO, Tally::plus);
        return new PartScore(part, outcomes.size(), tallies, total, misses, reminders);
    }
}
