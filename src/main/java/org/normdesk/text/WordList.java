package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of words (the pack's organs or citizens: 行政机关, *局, 任何单位和个人 …) asked at each token
 * whether one of them starts there, as {@link PatternMatcher#wordEnd} would say for any of them.
 * Asking every word at every token before a match was the largest part of finding a clause's
 * subject; here a token is compared only with the words that can fit it: a plain word with those
 * sharing its first character (all of them when HanLP glued the token, since the word may then end
 * it), *X with those whose last character ends the token, X* with those whose first starts it.
 */
final class WordList {
    private static final int BUCKETS = 256;

    /** Plain words by their first character (and every one, for glued tokens). */
    private final String[][] plainByFirst = new String[BUCKETS][];
    private final String[] plain;
    /** The X of *X by its last character; of X* by its first. An empty X fits every token. */
    private final String[][] suffixesByLast = new String[BUCKETS][];
    private final String[][] prefixesByFirst = new String[BUCKETS][];
    private final boolean anyWordFits;

    WordList(List<String> words) {
        List<List<String>> plainBuckets = buckets();
        List<List<String>> suffixBuckets = buckets();
        List<List<String>> prefixBuckets = buckets();
        List<String> allPlain = new ArrayList<>();
        boolean any = false;
        for (String w : words) {
            if (w.startsWith("*")) { // the order of wordEnd: a leading * wins over a trailing one
                String x = w.substring(1);
                any |= x.isEmpty();
                if (!x.isEmpty()) {
                    suffixBuckets.get(bucket(x.charAt(x.length() - 1))).add(x);
                }
            } else if (w.endsWith("*")) {
                String x = w.substring(0, w.length() - 1);
                any |= x.isEmpty();
                if (!x.isEmpty()) {
                    prefixBuckets.get(bucket(x.charAt(0))).add(x);
                }
            } else {
                allPlain.add(w);
                if (!w.isEmpty()) {
                    plainBuckets.get(bucket(w.charAt(0))).add(w);
                }
            }
        }
        this.plain = allPlain.toArray(String[]::new);
        this.anyWordFits = any;
        fill(plainByFirst, plainBuckets);
        fill(suffixesByLast, suffixBuckets);
        fill(prefixesByFirst, prefixBuckets);
    }

    /** Whether one of the words starts at token i (a word may span tokens: 本办法 = 本/办法). */
    boolean matchesAt(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        if (tok.isTitle()) {
            return false;
        }
        String word = tok.word();
        if (anyWordFits) {
            return true;
        }
        if (!word.isEmpty()) {
            for (String x : suffixesByLast[bucket(word.charAt(word.length() - 1))]) {
                if (word.endsWith(x)) {
                    return true;
                }
            }
            for (String x : prefixesByFirst[bucket(word.charAt(0))]) {
                if (word.startsWith(x)) {
                    return true;
                }
            }
        }
        // a plain word must begin with the token's first character, unless the token is glued
        // (then the word may also end it) or empty (then the word begins in the next token)
        String[] candidates = word.isEmpty() || tok.glued() ? plain : plainByFirst[bucket(word.charAt(0))];
        for (String w : candidates) {
            if (PatternMatcher.wordEnd(w, tokens, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int bucket(char c) {
        return c & (BUCKETS - 1);
    }

    private static List<List<String>> buckets() {
        List<List<String>> out = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    private static void fill(String[][] table, List<List<String>> buckets) {
        for (int b = 0; b < BUCKETS; b++) {
            table[b] = buckets.get(b).toArray(String[]::new);
        }
    }
}
