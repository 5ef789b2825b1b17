package org.normdesk.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.normdesk.domain.risk.Sentence;

/**
 * The tokens of each sentence of one text. HanLP segments the whole text once, on the first sentence
 * that needs words (one call costs far less than a call per sentence); a sentence's tokens are then
 * the slice within its offsets, re-based to the sentence.
 */
final class SentenceTokens {
    private final Tokenizer tokenizer;
    private final String text;
    private List<Token> all;
    private int[] starts;
    /** By identity: a record's value hashCode would hash the sentence's text at every look-up. */
    private final Map<Sentence, List<Token>> bySentence = new IdentityHashMap<>();

    SentenceTokens(Tokenizer tokenizer, String text) {
        this.tokenizer = tokenizer;
        this.text = text;
    }

    List<Token> of(Sentence s) {
        return bySentence.computeIfAbsent(s, this::slice);
    }

    private List<Token> slice(Sentence s) {
        if (all == null) {
            all = tokenizer.tokens(text);
            starts = new int[all.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = all.get(i).start();
            }
        }
        int i = firstAtOrAfter(s.start());
        List<Token> out = new ArrayList<>();
        for (; i < all.size() && all.get(i).start() < s.end(); i++) {
            Token t = all.get(i);
            if (t.end() <= s.end()) {
                out.add(new Token(t.word(), t.nature(), t.start() - s.start(), t.end() - s.start()));
            }
        }
        return out;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
