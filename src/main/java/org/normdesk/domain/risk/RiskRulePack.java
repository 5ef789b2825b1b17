package org.normdesk.domain.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.Texts;

/**
 * The office's risk rules (风险提示规则包), versioned so that a finding can say which rules raised it.
 *
 * @param administration words naming an administrative organ as a clause's subject (行政机关, 各部门 …)
 * @param publicSubjects words naming citizens, enterprises and other organisations (任何单位和个人 …)
 * @param citingLaw      patterns that show a clause applies the upper law (依照 《》 …)
 */
public record RiskRulePack(String version, String title, List<String> administration, List<String> publicSubjects,
                           List<RulePattern> citingLaw, List<RiskRule> rules) {

    public RiskRulePack {
        administration = List.copyOf(administration);
        publicSubjects = List.copyOf(publicSubjects);
        citingLaw = List.copyOf(citingLaw);
        rules = List.copyOf(rules);
    }

    public List<RiskRule> rulesOf(RiskCategory category) {
        List<RiskRule> out = new ArrayList<>(); // a loop, not a stream: every scan asks
        for (RiskRule r : rules) {
            if (r.category() == category) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * What is wrong with the pack, in Chinese, empty when it can be used: a version, every category
     * of the issue covered, unique ids, a basis and a reason on each rule, patterns on clause rules.
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (version == null || version.isBlank()) {
            out.add(Texts.get("risk.pack.noVersion"));
        }
        Set<RiskCategory> missing = EnumSet.allOf(RiskCategory.class);
        Set<String> ids = new HashSet<>();
        for (RiskRule r : rules) {
            missing.remove(r.category());
            String id = r.id() == null ? "" : r.id();
            if (id.isBlank() || !ids.add(id)) {
                out.add(Texts.get("risk.pack.badId", id));
            }
            if (r.basis() == null || r.basis().isBlank() || r.why() == null || r.why().isBlank()) {
                out.add(Texts.get("risk.pack.noBasis", id));
            }
            if (!r.category().documentLevel() && r.patterns().isEmpty()) {
                out.add(Texts.get("risk.pack.noPatterns", id));
            }
        }
        for (RiskCategory c : missing) {
            out.add(Texts.get("risk.pack.missingCategory", c.label(), c.name()));
        }
        return out;
    }
}
