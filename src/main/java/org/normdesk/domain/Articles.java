package org.normdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into its articles (第X条) for the article-by-article views. A text
 * whose line breaks were lost still splits at each 第X条 that opens a sentence; a text without
 * articles splits into its paragraphs.
 */
public final class Articles {

    /** One article (or paragraph) with its label, e.g. 第五条 or 第3段. */
    public record Article(String label, String text) {
    }

    private static final Pattern ARTICLE_START = Pattern.compile(
            "(?:^|(?<=[\\n。；;：:]))[ \\t　]*(第[零〇一二三四五六七八九十百千0-9]+条)");

    private Articles() {
    }

    public static List<Article> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher m = ARTICLE_START.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start(1));
            labels.add(m.group(1));
        }
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
