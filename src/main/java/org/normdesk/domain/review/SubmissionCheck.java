package org.normdesk.domain.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.WorkingDayCalendar;

/**
 * Whether a 送审 is complete (RULES.md §1–§2): the required materials, and a public comment
 * period long enough (7 working days; 30 days for documents on market entities or major decisions).
 * Anything found here sends the draft back for 补正, and the review clock does not start.
 */
public final class SubmissionCheck {

    private SubmissionCheck() {
    }

    public static List<Problem> check(NormativeDocument d, Submission s, RulePack rules, WorkingDayCalendar days) {
        List<Problem> problems = new ArrayList<>();
        Set<Material> missing = missingMaterials(d, s);
        if (!missing.isEmpty()) {
            problems.add(Problem.error("materials", "review.missingMaterials",
                    missing.stream().map(Material::label).collect(Collectors.joining("、"))));
        }
        problems.addAll(commentPeriodProblems(d, s, rules, days));
        return problems;
    }

    public static Set<Material> missingMaterials(NormativeDocument d, Submission s) {
        Set<Material> missing = EnumSet.noneOf(Material.class);
        missing.addAll(Material.required(d.marketRelated()));
        missing.removeAll(s.materials());
        return missing;
    }

    private static List<Problem> commentPeriodProblems(NormativeDocument d, Submission s, RulePack rules,
                                                       WorkingDayCalendar days) {
        LocalDate from = s.commentFrom();
        LocalDate to = s.commentTo();
        if (from == null || to == null) {
            return List.of(Problem.error("commentPeriod", "review.comment.missing"));
        }
        if (to.isBefore(from)) {
            return List.of(Problem.error("commentPeriod", "review.comment.backwards"));
        }
        if (d.marketRelated() || d.majorDecision()) {
            long calendarDays = ChronoUnit.DAYS.between(from, to) + 1;
            if (calendarDays < rules.commentDaysMarket()) {
                return List.of(Problem.error("commentPeriod", "review.comment.tooShortMarket", calendarDays,
                        rules.commentDaysMarket()));
            }
            return List.of();
        }
        // Both the first and the last day of the period are days the public could comment.
        int workingDays = days.workingDaysBetween(from.minusDays(1), to).count();
        if (workingDays < rules.commentWorkingDays()) {
            return List.of(Problem.error("commentPeriod", "review.comment.tooShort", workingDays,
                    rules.commentWorkingDays()));
        }
        return List.of();
    }
}
