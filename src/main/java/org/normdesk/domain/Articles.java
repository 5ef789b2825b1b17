package org.normdesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into its articles (第X条) for the article-by-article views. A text
 * whose line breaks were lost still splits at each 第X条 that opens a sentence; a text without
 * articles splits into its paragraphs.
 */
public final class Articles {

    /** One article (or paragraph) with its label, e.g. 第五条 or 第3段. */
    public record Article(String label, String text) {
    }

    /** The numerals of an article number: 第十二条, 第一百零五条, 第12条. */
    private static final String NUMERALS = "零〇一二三四五六七八九十百千0123456789";

    private Articles() {
    }

    public static List<Article> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        findArticleStarts(text, starts, labels);
        if (starts.isEmpty()) {
            return paragraphs(text);
        }
        List<Article> articles = new ArrayList<>();
        String preamble = text.substring(0, starts.get(0)).strip();
        if (!preamble.isEmpty()) {
            articles.add(new Article(Texts.get("articles.preamble"), preamble));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            articles.add(new Article(labels.get(i), text.substring(starts.get(i), end).strip()));
        }
        return articles;
    }

    /**
     * Each 第X条 that opens the text or a sentence ({@code (?:^|(?<=[\n。；;：:]))[ \t　]*(第[零〇一二三四五六七八九十百千0-9]+条)}),
     * its offset and its label. Written out rather than as that regular expression: the look-behind
     * was tried at every character, and the risk scan splits every text it scans into articles.
     */
    private static void findArticleStarts(String text, List<Integer> starts, List<String> labels) {
        int from = 0;
        int at;
        while ((at = text.indexOf('第', from)) >= 0) {
            int end = articleNumberEnd(text, at);
            if (end > 0 && opensSentence(text, at)) {
                starts.add(at);
                labels.add(text.substring(at, end));
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    /** The end of 第…条 starting at {@code at} (after 条), or -1 when no article number stands there. */
    private static int articleNumberEnd(String text, int at) {
        int i = at + 1;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > at + 1 && i < text.length() && text.charAt(i) == '条' ? i + 1 : -1;
    }

    /** Whether only blanks stand between {@code at} and the start of the text or a sentence's end. */
    private static boolean opensSentence(String text, int at) {
        int i = at;
        while (i > 0 && " \t　".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i == 0 || "\n。；;：:".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static List<Article> paragraphs(String text) {
        List<Article> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(new Article(Texts.get("articles.paragraph", out.size() + 1), line.strip()));
            }
        }
        return out;
    }
}
