package org.normdesk.domain.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.Texts;

/**
 * Reads the risk evaluation set: a UTF-8 text file, one clause a line, tab-separated columns 条款,
 * 应有类别, 来源, 说明; lines starting with # are comments and a first line starting with 条款 is the
 * header. Categories are the codes of {@link RiskCategory} (LICENSING …) or their Chinese names,
 * separated by commas; - or an empty cell means the clause should raise nothing.
 */
public final class RiskEvaluationSet {
    static final String NONE = "-";

    private RiskEvaluationSet() {
    }

    /** The clauses of the set, or the problems of every bad line (in Chinese, with line numbers). */
    public record Reading(List<LabelledClause> clauses, List<String> problems) {
        public Reading {
            clauses = List.copyOf(clauses);
            problems = List.copyOf(problems);
        }
    }

    public static Reading read(String content) {
        List<LabelledClause> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (!headerSeen && out.isEmpty() && cols[0].strip().equals("条款")) {
                headerSeen = true;
                continue;
            }
            String text = cols[0].strip();
            if (text.isEmpty()) {
                problems.add(Texts.get("risk.eval.set.noText", lineNo));
                continue;
            }
            if (cols.length < 2) {
                problems.add(Texts.get("risk.eval.set.noCategories", lineNo));
                continue;
            }
            Set<RiskCategory> expected = EnumSet.noneOf(RiskCategory.class);
            boolean ok = true;
            for (String code : cols[1].split("[,，、]")) {
                String c = code.strip();
                if (c.isEmpty() || c.equals(NONE)) {
                    continue;
                }
                RiskCategory category = category(c);
                if (category == null) {
                    problems.add(Texts.get("risk.eval.set.badCategory", lineNo, c));
                    ok = false;
                } else if (category.documentLevel()) {
                    problems.add(Texts.get("risk.eval.set.documentLevel", lineNo, category.label()));
                    ok = false;
                } else {
                    expected.add(category);
                }
            }
            if (ok) {
                out.add(new LabelledClause(lineNo, text, expected, cols.length > 2 ? cols[2].strip() : "",
                        cols.length > 3 ? cols[3].strip() : ""));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Texts.get("risk.eval.set.empty"));
        }
        return new Reading(out, problems);
    }

    private static RiskCategory category(String code) {
        for (RiskCategory c : RiskCategory.values()) {
            if (c.name().equalsIgnoreCase(code) || c.label().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
