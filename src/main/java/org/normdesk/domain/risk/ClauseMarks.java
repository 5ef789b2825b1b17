package org.normdesk.domain.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the risk findings lie in one article's text, so the workbench can shade each suspect
 * sentence and set apart the words that raised it (the 许可 of "须经县住建局许可"), rather than only
 * mark the article as a whole.
 *
 * <p>Findings carry offsets in the document's full text while an article is a trimmed slice of it,
 * so the sentence is found in the article by its text and the words by their place in the sentence.
 * A finding whose sentence is not in this article (another article, or the whole document) marks
 * nothing here.
 */
public final class ClauseMarks {
    /** How a run of the article's text is shown. A later kind outranks an earlier one where they overlap. */
    public enum Kind { PLAIN, SENTENCE, WORDS }

    public record Segment(String text, Kind kind) {
    }

    private ClauseMarks() {
    }

    /** The article's text cut into runs of one kind each, in order; their texts joined give the article back. */
    public static List<Segment> of(String articleText, String articleLabel, List<RiskFinding> findings) {
        String text = articleText == null ? "" : articleText;
        Kind[] kinds = new Kind[text.length()];
        java.util.Arrays.fill(kinds, Kind.PLAIN);
        for (RiskFinding f : findings) {
            if (!f.articleRef().equals(articleLabel) || f.sentence() == null || f.sentence().isBlank()) {
                continue;
            }
            String sentence = f.sentence().strip();
            int at = text.indexOf(sentence);
            if (at < 0) {
                continue;
            }
            int lead = f.sentence().indexOf(sentence); // the offsets count the whitespace strip() removed
            mark(kinds, at, at + sentence.length(), Kind.SENTENCE);
            int words = at + (f.matchStart() - f.start()) - lead;
            int wordsEnd = at + (f.matchEnd() - f.start()) - lead;
            boolean wholeSentence = f.matchStart() == f.start() && f.matchEnd() == f.end();
            if (!wholeSentence && words >= at && wordsEnd > words && wordsEnd <= at + sentence.length()) {
                mark(kinds, words, wordsEnd, Kind.WORDS);
            }
        }
        return runs(text, kinds);
    }

    private static void mark(Kind[] kinds, int from, int to, Kind kind) {
        for (int i = from; i < to; i++) {
            if (kind.compareTo(kinds[i]) > 0) {
                kinds[i] = kind;
            }
        }
    }

    private static List<Segment> runs(String text, Kind[] kinds) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || kinds[i] != kinds[start]) {
                out.add(new Segment(text.substring(start, i), kinds[start]));
                start = i;
            }
        }
        return out;
    }
}
