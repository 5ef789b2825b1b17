package org.normdesk.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.extract.Paragraph;
import org.normdesk.domain.extract.Structure;

/**
 * Counts the outline of a text: 第X章, 第X节, 第X条 at the start of a line, and for texts written
 * in 一、（一） style the headings and items. Articles are counted as the run 第一条, 第二条, … so
 * that a second document appended (an annex with its own numbering) does not double the count.
 */
final class StructureParser {
    private static final String N = ChineseNumbers.NUMERAL_CLASS + "+";
    private static final Pattern CHAPTER = Pattern.compile("^第(" + N + ")章(?![的之])");
    private static final Pattern SECTION = Pattern.compile("^第(" + N + ")节(?![的之])");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + N + ")条(?![的之])");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+)、");
    private static final Pattern ITEM = Pattern.compile("(?:^|[：:；;。])\\s*[（(]([一二三四五六七八九十]+)[）)]");

    private StructureParser() {
    }

    static Structure parse(List<Paragraph> lines, int from) {
        int chapters = 0;
        int sections = 0;
        int articles = 0;
        int headings = 0;
        int items = 0;
        boolean articleRunOver = false;
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            Matcher a = ARTICLE.matcher(t);
            if (a.find() && !articleRunOver) {
                int n = ChineseNumbers.parse(a.group(1));
                if (n == articles + 1) {
                    articles = n;
                } else if (n == 1 && articles > 0) {
                    articleRunOver = true;
                }
            }
            if (CHAPTER.matcher(t).find()) {
                chapters++;
            }
            if (SECTION.matcher(t).find()) {
                sections++;
            }
            Matcher h = HEADING.matcher(t);
            if (h.find() && ChineseNumbers.parse(h.group(1)) == headings + 1) {
                headings++;
            }
            Matcher it = ITEM.matcher(t);
            while (it.find()) {
                items++;
            }
        }
        return new Structure(chapters, sections, articles, headings, items);
    }
}
