package org.normdesk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A 延长有效期 decision: after the evaluation that RULES.md §1 asks for before a document's 有效期
 * ends, its issuer decides that it stays in force until a later day.
 *
 * <p>What may be extended, and why:
 * <ul>
 * <li>only a published document (a draft has no 有效期 yet) that no decision has taken out of force
 *     (废止, 宣布失效, 撤销, 修改): those ended by a decision, and an extension cannot undo it;</li>
 * <li>the new 有效期至 must be later than the current one and not already past (it would leave the
 *     document expired), and the extended period may not be longer than the 有效期 the rules allow
 *     for its kind (5 years, 暂行/试行 2, 通告 1), counted from the current end;</li>
 * <li>a document that has already expired by time may still be extended while it is within the
 *     evaluation window after its end (the home screen lists it as awaiting a decision), because in
 *     practice the decision is often signed or recorded a little late (浦科经委规〔2024〕11号 extends a
 *     细则 weeks after the evaluation); later than that, a lapsed document has to be made again.</li>
 * </ul>
 *
 * @param newValidUntil the new last day in force
 * @param basis         what the decision rests on (评估报告, 会议纪要, the 延长有效期 notice)
 * @param decidedOn     the day of the decision
 */
public record ValidityExtension(LocalDate newValidUntil, String basis, LocalDate decidedOn) {
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * Everything that forbids this extension of {@code d} today, worded for the user; empty when it
     * may be recorded.
     *
     * @param rules       the rule pack in force (maximum 有效期 per kind, evaluation window)
     */
    public List<Problem> problems(NormativeDocument d, RulePack rules, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.stage() != Stage.PUBLISHED) {
            problems.add(Problem.error("stage", "guard.extend.notPublished", d.stage().label()));
            return problems;
        }
        if (d.endOfForce() != null) {
            problems.add(Problem.error("stage", "guard.extend.ended", d.endOfForce().validity().label(),
                    d.endOfForceOn() == null ? "—" : format(d.endOfForceOn())));
            return problems;
        }
        if (newValidUntil == null) {
            problems.add(Problem.error("newValidUntil", "guard.extend.dateRequired"));
        }
        if (basis == null || basis.isBlank()) {
            problems.add(Problem.error("basis", "guard.extend.basisRequired"));
        }
        if (decidedOn == null) {
            problems.add(Problem.error("decidedOn", "guard.extend.decidedOnRequired"));
        } else if (decidedOn.isAfter(today)) {
            problems.add(Problem.error("decidedOn", "guard.extend.decidedInFuture", format(today)));
        }
        LocalDate current = d.validUntil();
        if (current != null && today.isAfter(current)
                && today.isAfter(current.plusDays(1).plusMonths(rules.expiryWindowMonths()))) {
            problems.add(Problem.error("stage", "guard.extend.lapsedTooLong", format(current.plusDays(1)),
                    rules.expiryWindowMonths()));
            return problems;
        }
        if (newValidUntil == null) {
            return problems;
        }
        if (current != null && !newValidUntil.isAfter(current)) {
            problems.add(Problem.error("newValidUntil", "guard.extend.notLater", format(current)));
        } else if (newValidUntil.isBefore(today)) {
            problems.add(Problem.error("newValidUntil", "guard.extend.alreadyPast", format(today)));
        }
        LocalDate start = d.effectiveOn() != null ? d.effectiveOn() : d.publishedOn();
        if (current == null && start != null && !newValidUntil.isAfter(start)) {
            problems.add(Problem.error("newValidUntil", "validation.date.validUntilBeforeEffective"));
        }
        int years = rules.defaultValidityYears(d.kind(), d.trial());
        LocalDate base = current != null ? current : decidedOn != null ? decidedOn : today;
        if (newValidUntil.isAfter(base.plusYears(years))) {
            problems.add(Problem.error("newValidUntil", "guard.extend.tooLong", years, format(base.plusYears(years))));
        }
        if (current != null && today.isAfter(current) && problems.isEmpty()) {
            problems.add(Problem.warning("stage", "guard.extend.lapsed", format(current.plusDays(1))));
        }
        return problems;
    }

    private static String format(LocalDate day) {
        return day.format(CHINESE_DATE);
    }
}
