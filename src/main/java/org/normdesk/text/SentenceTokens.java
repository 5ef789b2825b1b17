package org.normdesk.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.normdesk.domain.risk.Sentence;

/**
 * The tokens of each sentence of one text. HanLP segments the whole text once, on the first sentence
 * that needs words (one call costs far less than a call per sentence); a sentence's tokens are then
 * those within its offsets. Their offsets stay those of the text, so a sentence's tokens are a view
 * of the text's, not a copy: copying and re-basing every token of every sentence showed in the
 * profile.
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

    /** The tokens that start and end within the sentence, offsets in the text. */
    List<Token> of(Sentence s) {
        List<Token> tokens = bySentence.get(s); // not computeIfAbsent: its lambda was made anew at every call
        if (tokens == null) {
            tokens = slice(s);
            bySentence.put(s, tokens);
        }
        return tokens;
    }

    private List<Token> slice(Sentence s) {
        if (all == null) {
            all = tokenizer.tokens(text);
            starts = new int[all.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = all.get(i).start();
            }
        }
        int from = firstAtOrAfter(s.start());
        int to = from;
        while (to < all.size() && within(all.get(to), s)) {
            to++;
        }
        // HanLP's tokens follow each other, so none after one that crosses the sentence's end lies
        // within it; should one ever, the sentence's tokens are picked one by one
        for (int i = to; i < all.size() && all.get(i).start() < s.end(); i++) {
            if (within(all.get(i), s)) {
                return pick(from, s);
            }
        }
        return all.subList(from, to);
    }

    private static boolean within(Token t, Sentence s) {
        return t.start() < s.end() && t.end() <= s.end();
    }

    private List<Token> pick(int from, Sentence s) {
        List<Token> out = new ArrayList<>();
        for (int i = from; i < all.size() && all.get(i).start() < s.end(); i++) {
            if (within(all.get(i), s)) {
                out.add(all.get(i));
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
