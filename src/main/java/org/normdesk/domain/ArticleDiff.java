package org.normdesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a text article by article (the redline a reviewer reads when a revised
 * draft comes back): articles kept, changed, added or removed, and inside a changed article which
 * characters went and which came.
 */
public final class ArticleDiff {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /** A run of characters kept, deleted (only in the old text) or inserted (only in the new). */
    public record Segment(Kind kind, String text) {
        public enum Kind { KEPT, DELETED, INSERTED }
    }

    /** One article compared: either side may be absent. */
    public record Pair(Change change, Articles.Article before, Articles.Article after, List<Segment> segments) {
    }

    /** Above this many cells the character comparison of one article is skipped (shown as replaced). */
    private static final long MAX_CELLS = 1_000_000L;

    private ArticleDiff() {
    }

    public static List<Pair> compare(String oldText, String newText) {
        List<Articles.Article> a = Articles.split(oldText);
        List<Articles.Article> b = Articles.split(newText);
        int[][] lcs = lcsTable(a.size(), b.size(), (i, j) -> body(a.get(i)).equals(body(b.get(j))));
        List<Pair> out = new ArrayList<>();
        List<Articles.Article> removed = new ArrayList<>();
        List<Articles.Article> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && body(a.get(i)).equals(body(b.get(j)))) {
                flush(out, removed, added);
                out.add(new Pair(Change.SAME, a.get(i), b.get(j), List.of(new Segment(Segment.Kind.KEPT, b.get(j).text()))));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(out, removed, added);
        return out;
    }

    /** Pairs the articles that went with those that came in their place, as changed; the rest as removed or added. */
    private static void flush(List<Pair> out, List<Articles.Article> removed, List<Articles.Article> added) {
        int n = Math.min(removed.size(), added.size());
        for (int k = 0; k < n; k++) {
            out.add(new Pair(Change.CHANGED, removed.get(k), added.get(k),
                    characters(removed.get(k).text(), added.get(k).text())));
        }
        for (int k = n; k < removed.size(); k++) {
            out.add(new Pair(Change.REMOVED, removed.get(k), null,
                    List.of(new Segment(Segment.Kind.DELETED, removed.get(k).text()))));
        }
        for (int k = n; k < added.size(); k++) {
            out.add(new Pair(Change.ADDED, null, added.get(k),
                    List.of(new Segment(Segment.Kind.INSERTED, added.get(k).text()))));
        }
        removed.clear();
        added.clear();
    }

    /** Character-level segments between two versions of one article. */
    public static List<Segment> characters(String before, String after) {
        if ((long) before.length() * after.length() > MAX_CELLS) {
            return List.of(new Segment(Segment.Kind.DELETED, before), new Segment(Segment.Kind.INSERTED, after));
        }
        int[][] lcs = lcsTable(before.length(), after.length(), (x, y) -> before.charAt(x) == after.charAt(y));
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Segment.Kind kind = null;
        int i = 0;
        int j = 0;
        while (i < before.length() || j < after.length()) {
            Segment.Kind k;
            char c;
            if (i < before.length() && j < after.length() && before.charAt(i) == after.charAt(j)) {
                k = Segment.Kind.KEPT;
                c = before.charAt(i++);
                j++;
            } else if (j < after.length() && (i == before.length() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                k = Segment.Kind.INSERTED;
                c = after.charAt(j++);
            } else {
                k = Segment.Kind.DELETED;
                c = before.charAt(i++);
            }
            if (k != kind && run.length() > 0) {
                out.add(new Segment(kind, run.toString()));
                run.setLength(0);
            }
            kind = k;
            run.append(c);
        }
        if (run.length() > 0) {
            out.add(new Segment(kind, run.toString()));
        }
        return out;
    }

    private interface Same {
        boolean at(int i, int j);
    }

    /** lcs[i][j] = length of the longest common subsequence of the suffixes from i and j. */
    private static int[][] lcsTable(int n, int m, Same same) {
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = same.at(i, j) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }

    private static String body(Articles.Article a) {
        return a.text().replaceAll("\\s+", "");
    }
}
