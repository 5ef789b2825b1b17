package org.normdesk.domain.cleanup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.normdesk.domain.Texts;

/**
 * A campaign's figures as counties report them: the total and each outcome, overall and per issuer
 * group (县政府 · 县政府部门 · 乡镇、管理区) with the number of issuers in each group, and the paragraph
 * of the report (“共清理规范性文件179件，其中保留41件……”).
 */
public record CleanupTally(Counts overall, Map<TallyGroup, Counts> groups) {

    /** The figures of one group (or of all): issuers, documents, documents per outcome, undecided. */
    public record Counts(int issuers, int total, Map<CleanupOutcome, Integer> byOutcome) {
        public Counts {
            EnumMap<CleanupOutcome, Integer> m = new EnumMap<>(CleanupOutcome.class);
            for (CleanupOutcome o : CleanupOutcome.values()) {
                m.put(o, byOutcome == null ? 0 : byOutcome.getOrDefault(o, 0));
            }
            byOutcome = m;
        }

        public int of(CleanupOutcome o) {
            return byOutcome.get(o);
        }

        public int decided() {
            return byOutcome.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int undecided() {
            return total - decided();
        }
    }

    public CleanupTally {
        EnumMap<TallyGroup, Counts> m = new EnumMap<>(TallyGroup.class);
        for (TallyGroup g : TallyGroup.values()) {
            m.put(g, groups.getOrDefault(g, new Counts(0, 0, Map.of())));
        }
        groups = m;
    }

    public Counts of(TallyGroup g) {
        return groups.get(g);
    }

    /**
     * The report's paragraph. The outcomes are named in one order everywhere (保留, 修改, 废止, 失效, then
     * 已明令废止), an outcome with no document is left out, and so is a group with no document; while
     * documents are undecided the paragraph says how many.
     */
    public String paragraph() {
        StringBuilder b = new StringBuilder(Texts.get("cleanup.paragraph.total", overall.total()));
        String outcomes = outcomes(overall);
        if (!outcomes.isEmpty()) {
            b.append(Texts.get("cleanup.paragraph.among")).append(outcomes);
        }
        if (overall.undecided() > 0) {
            b.append(Texts.get("cleanup.paragraph.undecided", overall.undecided()));
        }
        b.append(Texts.get("cleanup.paragraph.end"));
        List<String> parts = new ArrayList<>();
        for (TallyGroup g : TallyGroup.values()) {
            Counts c = of(g);
            if (c.total() == 0) {
                continue;
            }
            String who = g == TallyGroup.GOVERNMENT ? g.label() : Texts.get("cleanup.paragraph.issuers", c.issuers(), g.label());
            String part = Texts.get("cleanup.paragraph.group", who, c.total());
            String o = outcomes(c);
            parts.add(o.isEmpty() ? part : part + Texts.get("cleanup.paragraph.comma") + o);
        }
        if (!parts.isEmpty()) {
            b.append(Texts.get("cleanup.paragraph.groupsLead"))
                    .append(String.join(Texts.get("cleanup.paragraph.semicolon"), parts))
                    .append(Texts.get("cleanup.paragraph.end"));
        }
        return b.toString();
    }

    private static String outcomes(Counts c) {
        List<String> parts = new ArrayList<>();
        for (CleanupOutcome o : CleanupOutcome.values()) {
            if (c.of(o) > 0) {
                parts.add(Texts.get("cleanup.paragraph.outcome", o.reportWord(), c.of(o)));
            }
        }
        return String.join(Texts.get("cleanup.paragraph.comma"), parts);
    }
}
