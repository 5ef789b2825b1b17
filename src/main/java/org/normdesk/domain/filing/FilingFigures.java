package org.normdesk.domain.filing;

import java.util.List;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;

/**
 * A year's filing figures for one issuer category (null: all together), counted in documents
 * (RULES.md §4 "Figures asked for"):
 * <ul>
 * <li>制发数: documents published in the year;</li>
 * <li>报备数: of them, those submitted to every authority they are due at;</li>
 * <li>报备率 = 报备数 / 制发数; 及时率 = documents filed on time everywhere / 制发数 (a document never
 *     filed was not filed on time);</li>
 * <li>规范率 = filed documents whose materials were complete at the first submission / 报备数;</li>
 * <li>备案通过率 = filed documents given 予以备案登记 everywhere without a 暂缓 / 报备数;</li>
 * <li>纠错率 = filed documents an authority asked to correct or revoked / 报备数.</li>
 * </ul>
 */
public record FilingFigures(IssuerCategory category, int made, int filed, int onTime, int complete, int passed,
                            int corrected) {

    public Double filingRate() {
        return rate(filed, made);
    }

    public Double onTimeRate() {
        return rate(onTime, made);
    }

    public Double completeRate() {
        return rate(complete, filed);
    }

    public Double passRate() {
        return rate(passed, filed);
    }

    public Double correctionRate() {
        return rate(corrected, filed);
    }

    /** "100%", "87.5%", or "—" when there is nothing to divide by. */
    public static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        double p = Math.round(rate * 1000) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }

    /**
     * The sentence a county writes in its 法治政府建设年度报告, e.g. 全年共制发规范性文件8件，已按规定报市人民政府和
     * 县人大常委会备案，备案通过率100%。 (when some were not filed, it says how many).
     */
    public String paragraph(List<String> authorities) {
        String to = String.join(Texts.get("filing.stats.and"), authorities);
        if (made == 0) {
            return Texts.get("filing.stats.paragraph.none");
        }
        if (filed == made) {
            return Texts.get("filing.stats.paragraph.all", made, to, percent(passRate()));
        }
        return Texts.get("filing.stats.paragraph.some", made, filed, to, percent(filingRate()), percent(passRate()));
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
