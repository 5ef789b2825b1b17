package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.extract.Paragraph;

/**
 * The top of an official document (GB/T 9704 版头): the 红头 banner, the 文号 line, then the
 * title, which may run over two or three lines. Found by style where the reader knows it (a
 * centred, bold, large title) and by words where it does not (.txt).
 */
record Head(List<String> redHeadOrgans, String redHeadLine, String docNumber, String docNumberLine,
            String title, String titleSnippet, int titleEnd, boolean titleByStyle) {

    /** 文号 anywhere in a line: prefix, year in any bracket, serial, 号. */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5A-Za-z]{1,15}?)\\s*[〔\\[［（(【]\\s*([0-9０-９]{4})\\s*[〕\\]］）)】]\\s*第?\\s*([0-9０-９]{1,6})\\s*号");
    private static final int HEAD_ZONE = 12;
    private static final Pattern TITLE_END = Pattern.compile(
            ".*(通知|办法|规定|细则|意见|决定|通告|公告|方案|规则|规范|批复|制度|标准|纲要|（试行）|（暂行）|\\(试行\\)|\\(暂行\\))$");

    static Head read(List<Paragraph> lines) {
        List<String> organs = List.of();
        String redLine = "";
        String number = null;
        String numberLine = "";
        int i = 0;
        int limit = Math.min(lines.size(), HEAD_ZONE);
        for (; i < limit; i++) {
            String t = lines.get(i).text().strip();
            // The banner may take several lines in a 联合发文 (one organ a line, 文件 beside them)
            // or have no 文件 at all ("重庆市粮食局 重庆市财政局").
            List<String> red = Organs.redHeadOrgans(t);
            if (red.isEmpty() && i < 4 && number == null && !t.equals("文件")) {
                red = Organs.organsOf(t);
            }
            if (number == null && (!red.isEmpty() || (t.equals("文件") && !organs.isEmpty()))) {
                List<String> all = new java.util.ArrayList<>(organs);
                red.stream().filter(o -> !all.contains(o)).forEach(all::add);
                organs = List.copyOf(all);
                redLine = redLine.isEmpty() ? t : redLine + " " + t;
                continue;
            }
            String found = docNumberLine(t);
            if (found != null && number == null) {
                number = found;
                numberLine = t;
                continue;
            }
            if (t.startsWith("签发人") || t.matches("[（(].*[)）]") || t.matches("[\\-—_=*\\s]+")) {
                continue;
            }
            break;
        }
        int start = i;
        if (start >= lines.size()) {
            return new Head(organs, redLine, number, numberLine, null, "", start - 1, false);
        }
        int styled = styledTitleStart(lines, start);
        if (styled >= 0) {
            Paragraph first = lines.get(styled);
            StringBuilder title = new StringBuilder(first.text().strip());
            int end = styled;
            while (end + 1 < lines.size() && end - styled < 3 && sameStyle(first, lines.get(end + 1))
                    && !TITLE_END.matcher(title).matches()) {
                end++;
                title.append(lines.get(end).text().strip());
            }
            return new Head(organs, redLine, number, numberLine, title.toString(), title.toString(), end, true);
        }
        StringBuilder title = new StringBuilder(lines.get(start).text().strip());
        int end = start;
        while (end + 1 < lines.size() && end - start < 2 && needsNextLine(title.toString(), lines.get(end + 1).text())) {
            end++;
            title.append(lines.get(end).text().strip());
        }
        // Web copies put the 文号 under the title rather than above it.
        if (number == null && end + 1 < lines.size()) {
            String after = lines.get(end + 1).text().strip();
            number = docNumberLine(after);
            numberLine = number == null ? "" : after;
        }
        return new Head(organs, redLine, number, numberLine, title.toString(), title.toString(), end, false);
    }

    /** The 文号 of a line that is (mostly) just a 文号, normalised; null otherwise. */
    static String docNumberLine(String line) {
        if (line.length() > 60 || line.endsWith("。") || line.contains("《")) {
            return null;
        }
        Matcher m = DOC_NUMBER.matcher(line);
        if (!m.find()) {
            return null;
        }
        return DocNumber.normalize(m.group()).orElse(null);
    }

    /** A title from style: the first centred paragraph that is bold or set larger than the body. */
    private static int styledTitleStart(List<Paragraph> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + 4); i++) {
            Paragraph p = lines.get(i);
            if (p.centered() && (p.bold() || p.fontSize() >= 18)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameStyle(Paragraph a, Paragraph b) {
        return b.centered() && a.bold() == b.bold() && Math.abs(a.fontSize() - b.fontSize()) < 0.5f
                && !b.text().isBlank();
    }

    /** Whether a title line goes on: an unclosed 《, or no title ending yet and a short, sentence-less next line. */
    private static boolean needsNextLine(String soFar, String next) {
        String n = next.strip();
        if (count(soFar, '《') > count(soFar, '》')) {
            return true;
        }
        if (TITLE_END.matcher(soFar).matches()) {
            return false;
        }
        return n.length() <= 40 && !n.matches(".*[。：:；;，,]$") && Organs.organsOf(n).isEmpty()
                && !n.startsWith("第");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
