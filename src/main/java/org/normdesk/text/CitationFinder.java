package org.normdesk.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.extract.Citation;

/**
 * Every 《…》 the text names, with the article that follows it (《土地管理法》第四十四条). Whether it
 * is a law or regulation is a rule on the title, not a lookup: a title ending in 法 (but not 办法,
 * 方法, 做法), 法典 or 条例 is a law or a (local) regulation; 规定/决定/解释 count only under a national
 * issuer (中华人民共和国, 国务院, 全国人民代表大会, 最高人民法院/检察院). A 规章 (…办法 of a ministry or a
 * province) is therefore not marked — the upper-law table, when it exists, should decide those.
 */
final class CitationFinder {
    private static final String N = ChineseNumbers.NUMERAL_CLASS + "+";
    private static final String ARTICLE = "第" + N + "条(?:第" + N + "款)?(?:第" + N + "项)?";
    /** A title and the articles cited right after it: 《…》第十二条、第十四条和第二十条第二款. */
    private static final Pattern CITED = Pattern.compile(
            "《([^《》\\n]{2,80})》\\s*(" + ARTICLE + "(?:\\s*[、，,和及与或]\\s*" + ARTICLE + ")*)?");
    private static final Pattern ONE_ARTICLE = Pattern.compile(ARTICLE);
    private static final Pattern NATIONAL = Pattern.compile("^(中华人民共和国|国务院|全国人民代表大会|最高人民法院|最高人民检察院).*");
    /** …（试行）, …（2019年修正）; compiled once: String.replaceAll compiled it for every citation of every scan. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^）)]*[）)]$");

    private CitationFinder() {
    }

    static List<Citation> find(String text, Set<String> ownTitles) {
        Set<String> seen = new LinkedHashSet<>();
        List<Citation> out = new ArrayList<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            String title = m.group(1).strip();
            if (!ownTitles.isEmpty() && ownTitles.contains(WrappedTitle.norm(title))) {
                continue;
            }
            boolean law = isLaw(title);
            for (String article : articles(m.group(2))) {
                if (seen.add(title + "|" + article)) {
                    out.add(new Citation(title, article, law));
                }
            }
        }
        return out;
    }

    /** Each article of a list such as 第十二条、第十四条; one null (the whole law) when none is cited. */
    private static List<String> articles(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            Matcher a = ONE_ARTICLE.matcher(list);
            while (a.find()) {
                out.add(a.group());
            }
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    static boolean isLaw(String title) {
        String t = TRAILING_NOTE.matcher(title).replaceAll("");
        if (t.endsWith("条例") || t.endsWith("法典")) {
            return true;
        }
        if (t.endsWith("法")) {
            return !(t.endsWith("办法") || t.endsWith("方法") || t.endsWith("做法") || t.endsWith("手法"));
        }
        return (t.endsWith("规定") || t.endsWith("决定") || t.endsWith("解释")) && NATIONAL.matcher(t).matches();
    }
}
