package org.normdesk.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.extract.Paragraph;

/**
 * The 印发通知 wrapper: "关于印发《X》的通知" carries the document X, whose own title stands again
 * above its text. The register keeps X as the title (as printed above its text where that can be
 * found, since the wrapper sometimes shortens it) and the notice's title beside it.
 */
final class WrappedTitle {
    private static final Pattern WRAPPER = Pattern.compile(
            ".*?关于(?:印发|转发|发布|颁布|修订印发|重新印发)(《(.+)》|(.+?))的(?:通知|决定)$");

    /** Compiled once: the scan norms every title it finds cited. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    record Found(String title, String snippet, double confidence, int line) {
    }

    private WrappedTitle() {
    }

    /** The X of "关于印发《X》的通知", or null when the title is not a wrapper. */
    static String wrappedName(String title) {
        Matcher m = WRAPPER.matcher(title.replaceAll("\\s+", ""));
        if (!m.matches()) {
            return null;
        }
        String x = m.group(2) != null ? m.group(2) : m.group(3);
        // "印发《A》《B》的通知" wraps two documents: keep the first.
        int close = x.indexOf("》《");
        return close > 0 ? x.substring(0, close) : x;
    }

    /** X as printed above its own text (one to three lines after the wrapper), or X itself. */
    static Found find(String name, List<Paragraph> lines, int from) {
        String want = norm(name);
        Found best = null;
        double bestScore = 0;
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < 3 && i + k < lines.size(); k++) {
                String piece = lines.get(i + k).text().strip();
                if (piece.length() > 60) {
                    break;
                }
                joined.append(piece);
                String candidate = joined.toString().replaceFirst("^附件\\d*[：:]?", "");
                String c = norm(candidate);
                if (c.equals(want)) {
                    return new Found(candidate, candidate, 0.95, i + k);
                }
                double score = Similarity.dice(c, want);
                if (score > bestScore && score >= 0.6 && sameEnding(c, want)) {
                    bestScore = score;
                    best = new Found(candidate, candidate, 0.8, i + k);
                }
            }
        }
        return best != null ? best : new Found(name, name, 0.7, -1);
    }

    private static boolean sameEnding(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.substring(a.length() - 2).equals(b.substring(b.length() - 2));
    }

    /** Brackets and spaces written either way compare equal. */
    static String norm(String s) {
        return WHITESPACE.matcher(s).replaceAll("").replace('(', '（').replace(')', '）');
    }
}
