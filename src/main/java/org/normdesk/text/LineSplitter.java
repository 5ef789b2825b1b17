package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.normdesk.domain.extract.Paragraph;

/**
 * Restores the line breaks that a copy from a web page lost (one paragraph holding a whole 办法).
 * A long paragraph is cut before each 第X章/节/条 heading (a heading is followed by white space
 * or opens a sentence; a reference such as 本办法第十三条的要求 is neither) and around a date
 * glued to an organ name (…人民政府2023年9月5日…), which is how a signature looks once flattened.
 */
final class LineSplitter {
    private static final int LONG = 300;
    private static final String N = ChineseNumbers.NUMERAL_CLASS + "+";
    private static final Pattern HEADING_BREAK = Pattern.compile(
            "(?<=[。；;：:）)\\s])(?=第" + N + "[章节条](?![的之款项]))|(?=第" + N + "[章节条]\\s)");
    private static final Pattern FLAT_SIGNATURE = Pattern.compile(
            "(?<=。)([\\u4e00-\\u9fa5]{2,30}?(?:人民政府|局|委员会|办公室))\\s*(" + DateParser.DATE.pattern() + ")");

    private LineSplitter() {
    }

    static List<Paragraph> split(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() < LONG) {
                out.add(p);
                continue;
            }
            String marked = HEADING_BREAK.matcher(text).replaceAll("\n");
            marked = FLAT_SIGNATURE.matcher(marked).replaceAll("\n$1\n$2\n");
            // What follows a signature date and precedes 第一章 is the wrapped title; "（此件公开发布）" is a stamp.
            marked = marked.replace("（此件公开发布）", "\n（此件公开发布）\n");
            for (String piece : marked.split("\n")) {
                if (!piece.isBlank()) {
                    out.add(new Paragraph(piece.strip(), false, false, 0f, false));
                }
            }
        }
        return out;
    }
}
