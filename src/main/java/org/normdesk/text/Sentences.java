package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Articles;
import org.normdesk.domain.risk.Sentence;

/**
 * A text cut into its articles (the register's own {@link Articles} split) and each article into
 * sentences at 。；！？ and line breaks, with offsets in the whole text for highlighting.
 */
final class Sentences {
    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int cursor = 0;
        for (Articles.Article a : Articles.split(text)) {
            int at = text.indexOf(a.text(), cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + a.text().length();
            split(a.label(), text, at, cursor, out);
        }
        return out;
    }

    private static void split(String label, String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
            if (end || i == to - 1) {
                add(label, text, start, i + 1, out);
                start = i + 1;
            }
        }
    }

    private static void add(String label, String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start)) || start < end && text.charAt(start) == '　') {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '　')) {
            end--;
        }
        if (end - start >= 2) {
            out.add(new Sentence(label, start, end, text.substring(start, end)));
        }
    }
}
