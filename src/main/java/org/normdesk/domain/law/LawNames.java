package org.normdesk.domain.law;

import java.util.regex.Pattern;

/**
 * How a cited title is matched to the law table: documents write 《中华人民共和国行政许可法》,
 * 《行政许可法》, 〈行政许可法〉 or 《行政许可法（2019年修正）》 for the same law.
 */
public final class LawNames {
    private static final String NATIONAL = "中华人民共和国";
    /** A trailing version note, not part of the name: （2019年修正）, (2021修订), （修订草案）. */
    private static final Pattern VERSION_NOTE = Pattern.compile("[（(][^（）()]*(?:年|修正|修订|修改|版)[^（）()]*[）)]$");
    private static final Pattern QUOTES = Pattern.compile("[《》〈〉<>＜＞«»\"“”'‘’\\s　]");

    private LawNames() {
    }

    /** The matching key of a title: without quotes, spaces, the national prefix and a version note. */
    public static String key(String title) {
        if (title == null) {
            return "";
        }
        String t = QUOTES.matcher(title).replaceAll("");
        t = t.replace('(', '（').replace(')', '）');
        t = VERSION_NOTE.matcher(t).replaceAll("");
        if (t.startsWith(NATIONAL) && t.length() > NATIONAL.length() + 1) {
            t = t.substring(NATIONAL.length());
        }
        return t;
    }

    /**
     * The text with the other title brackets written as 《》, character for character (offsets stay
     * valid): 〈〉, ＜＞, «», and doubled &lt;&lt; &gt;&gt; or 〈〈 〉〉 (the second of a pair becomes a space).
     */
    public static String withBookTitleMarks(String text) {
        if (!hasOtherTitleMarks(text)) {
            return text; // the usual case (every scan asks): nothing to write over, no copy
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean open = c == '〈' || c == '＜' || c == '«' || c == '<';
            boolean close = c == '〉' || c == '＞' || c == '»' || c == '>';
            if (open) {
                b.append('《');
                if (next == c) {
                    b.append(' ');
                    i++;
                }
            } else if (close) {
                b.append('》');
                if (next == c) {
                    b.append(' ');
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hasOtherTitleMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '〈' || c == '＜' || c == '«' || c == '<' || c == '〉' || c == '＞' || c == '»' || c == '>') {
                return true;
            }
        }
        return false;
    }
}
