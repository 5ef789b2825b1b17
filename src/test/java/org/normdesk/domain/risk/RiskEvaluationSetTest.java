package org.normdesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reading the evaluation set and counting TP/FP/FN: a bad line is named with its number and what to write. */
class RiskEvaluationSetTest {

    @Test
    void readsCodesChineseNamesNoneCommentsAndTheHeader() {
        RiskEvaluationSet.Reading r = RiskEvaluationSet.read(String.join("\n",
                "# 注释", "条款\t应有类别\t来源\t说明",
                "第一条 处以五百元罚款。\tPENALTY,设定行政强制\t自拟\t两类",
                "", "第二条 县财政局负责拨付资金。\t-\t自拟"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.clauses()).hasSize(2);
        assertThat(r.clauses().get(0).expected()).containsExactlyInAnyOrder(RiskCategory.PENALTY, RiskCategory.COERCION);
        assertThat(r.clauses().get(0).line()).isEqualTo(3);
        assertThat(r.clauses().get(1).expected()).isEmpty();
        assertThat(r.clauses().get(1).note()).isEmpty();
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        RiskEvaluationSet.Reading r = RiskEvaluationSet.read(String.join("\n",
                "第一条 甲。\tPENALTIES", "第二条 乙。\tNO_VALIDITY", "第三条 丙。", "\tPENALTY"));
        assertThat(r.clauses()).isEmpty();
        assertThat(r.problems()).hasSize(4);
        assertThat(r.problems().get(0)).contains("第 1 行").contains("PENALTIES").contains("LICENSING");
        assertThat(r.problems().get(1)).contains("第 2 行").contains("缺少有效期").contains("文件级");
        assertThat(r.problems().get(2)).contains("第 3 行").contains("应有类别");
        assertThat(r.problems().get(3)).contains("第 4 行").contains("条款文字");
        assertThat(RiskEvaluationSet.read("# 只有注释\n").problems()).singleElement().asString().contains("没有条款");
    }

    @Test
    void talliesPerCategoryWithTheMisses() {
        LabelledClause fine = new LabelledClause(1, "甲", Set.of(RiskCategory.PENALTY), "自拟", "");
        LabelledClause missed = new LabelledClause(2, "乙", Set.of(RiskCategory.PENALTY), "自拟", "");
        LabelledClause innocent = new LabelledClause(3, "丙", Set.of(), "自拟", "");
        List<RiskEvaluation.Outcome> outcomes = List.of(
                new RiskEvaluation.Outcome(fine, Set.of(RiskCategory.PENALTY), Set.of()),
                new RiskEvaluation.Outcome(missed, Set.of(), Set.of(RiskCategory.PENALTY)),
                new RiskEvaluation.Outcome(innocent, Set.of(RiskCategory.FEES), Set.of()));
        // all three in whatever part their words fall; add the parts up
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int reminders = 0;
        RiskEvaluation e = RiskEvaluation.of(outcomes);
        for (RiskEvaluation.PartScore p : e.parts()) {
            tp += p.total().truePositives();
            fp += p.total().falsePositives();
            fn += p.total().falseNegatives();
            reminders += p.reminders();
            assertThat(p.misses()).allSatisfy(m -> assertThat(m.clause()).isNotSameAs(fine));
        }
        assertThat(List.of(tp, fp, fn, reminders)).containsExactly(1, 1, 1, 1);
        RiskEvaluation.Tally t = new RiskEvaluation.Tally(3, 1, 2);
        assertThat(t.precision()).isEqualTo(0.75);
        assertThat(t.recall()).isEqualTo(0.6);
        assertThat(new RiskEvaluation.Tally(0, 0, 0).precision()).isNaN();
    }
}
