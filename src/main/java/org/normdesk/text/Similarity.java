package org.normdesk.text;

import java.util.Arrays;

/** Character-bigram Dice similarity: enough to see that two spellings of a title are the same title. */
final class Similarity {
    private Similarity() {
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        return Bigrams.of(a).dice(Bigrams.of(b));
    }

    /**
     * A string's character bigrams, made once for many comparisons: each as its two chars in one
     * int, sorted, so that two are compared as multisets by walking both arrays once.
     */
    static final class Bigrams {
        private final int[] grams;

        private Bigrams(int[] grams) {
            this.grams = grams;
        }

        static Bigrams of(String s) {
            int[] grams = new int[Math.max(0, s.length() - 1)];
            for (int i = 0; i < grams.length; i++) {
                grams[i] = s.charAt(i) << 16 | s.charAt(i + 1);
            }
            Arrays.sort(grams);
            return new Bigrams(grams);
        }

        int size() {
            return grams.length;
        }

        /** 2 × the bigrams in common (each counted as often as both have it) / all bigrams of both. */
        double dice(Bigrams other) {
            int common = 0;
            for (int i = 0, j = 0; i < grams.length && j < other.grams.length; ) {
                if (grams[i] == other.grams[j]) {
                    common++;
                    i++;
                    j++;
                } else if (grams[i] < other.grams[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return 2.0 * common / (grams.length + other.grams.length);
        }
    }
}
