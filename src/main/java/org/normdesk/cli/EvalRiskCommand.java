package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.domain.risk.EvaluationPart;
import org.normdesk.domain.risk.LabelledClause;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskEvaluation;
import org.normdesk.domain.risk.RiskEvaluation.Miss;
import org.normdesk.domain.risk.RiskEvaluation.PartScore;
import org.normdesk.domain.risk.RiskEvaluation.Tally;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.service.Json;
import org.normdesk.service.RiskEvaluator;
import org.normdesk.service.RiskRulesService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk eval risk [--set FILE] [--rules FILE] [--json]}: the risk scan on a labelled set of
 * clauses (the shipped one by default) with the built-in rule pack or an edited one, per category
 * and part: TP, FP, FN, precision, recall and every miss. No data folder is needed.
 */
@Command(name = "risk", sortOptions = false, mixinStandardHelpOptions = true,
        description = "在标注的条款集上评测风险提示：各类别的精确率、召回率和漏报、误报条款")
final class EvalRiskCommand implements Callable<Integer> {
    private static final int[] WIDTHS = {26, 4, 4, 4, 7, 7};

    @Option(names = "--set", paramLabel = "FILE", description = "评测集（制表符分隔：条款、应有类别、来源、说明），省略时用内置评测集")
    Path set;

    @Option(names = "--rules", paramLabel = "FILE", description = "规则包 JSON 文件（如设置中导出后修改的），省略时用内置规则包")
    Path rules;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledClause> clauses = set == null ? RiskEvaluator.builtInSet() : RiskEvaluator.readSet(set);
        RiskRulePack pack = rules == null ? RiskRulesService.builtIn() : RiskRulesService.readFile(rules);
        RiskEvaluation e = RiskEvaluator.evaluate(pack, clauses);
        String setName = set == null ? RiskEvaluator.BUILT_IN_NAME : String.valueOf(set.getFileName());
        if (json) {
            out.println(Json.write(toJson(setName, clauses.size(), pack.version(), e)));
        } else {
            print(out, setName, clauses.size(), pack.version(), e);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String setName, int clauses, String version, RiskEvaluation e) {
        out.println(Texts.get("cli.eval.risk.heading", setName, clauses, e.part(EvaluationPart.DEVELOPMENT).clauses(),
                e.part(EvaluationPart.HELD_OUT).clauses(), version));
        out.println(Texts.get("cli.eval.risk.counting"));
        for (PartScore p : e.parts()) {
            out.println();
            out.println(Texts.get("cli.eval.risk.part", p.part().label(), p.clauses()));
            out.println(TextTable.line(List.of(Texts.get("cli.eval.risk.header.category"), "TP", "FP", "FN",
                    Texts.get("cli.eval.risk.header.precision"), Texts.get("cli.eval.risk.header.recall")), WIDTHS));
            out.println(TextTable.rule(WIDTHS));
            for (RiskCategory c : RiskEvaluation.clauseCategories()) {
                out.println(row(c.label(), p.of(c)));
            }
            out.println(TextTable.rule(WIDTHS));
            out.println(row(Texts.get("cli.eval.risk.total"), p.total()));
            if (p.reminders() > 0) {
                out.println(Texts.get("cli.eval.risk.reminders", p.reminders()));
            }
            printMisses(out, p, true);
            printMisses(out, p, false);
        }
    }

    private static String row(String label, Tally t) {
        return TextTable.line(List.of(label, String.valueOf(t.truePositives()), String.valueOf(t.falsePositives()),
                String.valueOf(t.falseNegatives()), percent(t.precision()), percent(t.recall())), WIDTHS);
    }

    private static void printMisses(PrintWriter out, PartScore p, boolean falseNegatives) {
        List<Miss> misses = p.misses().stream().filter(m -> m.falseNegative() == falseNegatives).toList();
        out.println(Texts.get(falseNegatives ? "cli.eval.risk.falseNegatives" : "cli.eval.risk.falsePositives",
                misses.size()));
        for (Miss m : misses) {
            out.println(Texts.get("cli.eval.risk.miss", m.category().label(), m.clause().line(),
                    m.clause().text(), m.clause().source()));
        }
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static Map<String, Object> toJson(String setName, int clauses, String version, RiskEvaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", setName);
        m.put("clauses", clauses);
        m.put("rulePackVersion", version);
        List<Object> parts = new ArrayList<>();
        for (PartScore p : e.parts()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("part", p.part().name());
            pm.put("partLabel", p.part().label());
            pm.put("clauses", p.clauses());
            List<Object> cats = new ArrayList<>();
            for (RiskCategory c : RiskEvaluation.clauseCategories()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("category", c.name());
                cm.put("categoryLabel", c.label());
                cm.putAll(tally(p.of(c)));
                cats.add(cm);
            }
            pm.put("categories", cats);
            pm.put("total", tally(p.total()));
            pm.put("reminders", p.reminders());
            pm.put("falseNegatives", misses(p, true));
            pm.put("falsePositives", misses(p, false));
            parts.add(pm);
        }
        m.put("parts", parts);
        return m;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", t.truePositives());
        m.put("fp", t.falsePositives());
        m.put("fn", t.falseNegatives());
        m.put("precision", Double.isNaN(t.precision()) ? null : t.precision());
        m.put("recall", Double.isNaN(t.recall()) ? null : t.recall());
        return m;
    }

    private static List<Object> misses(PartScore p, boolean falseNegatives) {
        List<Object> out = new ArrayList<>();
        for (Miss miss : p.misses()) {
            if (miss.falseNegative() != falseNegatives) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", miss.clause().line());
            m.put("category", miss.category().name());
            m.put("text", miss.clause().text());
            m.put("source", miss.clause().source());
            m.put("note", miss.clause().note());
            out.add(m);
        }
        return out;
    }
}
