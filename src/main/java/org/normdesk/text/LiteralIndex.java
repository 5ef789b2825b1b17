package org.normdesk.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.normdesk.domain.risk.RiskRule;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.RulePattern;
import org.normdesk.domain.risk.RulePattern.CitedTitle;
import org.normdesk.domain.risk.RulePattern.Element;
import org.normdesk.domain.risk.RulePattern.Words;

/**
 * The characters every pattern of a rule pack needs in a sentence before its words are worth
 * matching (the quick look of {@link PatternMatcher#mayMatch}), answered for all patterns at once.
 * Asking each pattern whether the sentence contains one of its words cost a {@code String.contains}
 * per word, pattern and sentence: about 150 patterns of a few words each made that the largest part
 * of a scan beyond segmentation. Here the pack's distinct words are looked up in one pass over the
 * sentence (each character against the few words that start with it), and a pattern's quick look
 * is then a few bit tests. The answers are those of {@code mayMatch}: a word is present exactly
 * when {@code sentence.contains(word)}, and a cited title needs a 《.
 */
final class LiteralIndex {
    /** Buckets by a character's low bits; a bucket holds the words whose first character falls in it. */
    private static final int BUCKETS = 512;
    private static final int[] NONE = new int[0];
    /** A cited title needs an opening mark in the sentence, i.e. this "word". */
    private static final String TITLE_MARK = "《";

    private final List<String> literals = new ArrayList<>();
    /** The same words as an array, for the loop over each sentence's characters. */
    private final String[] words;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<RulePattern, Needs> needs = new IdentityHashMap<>();
    private int[][] byFirstChar;
    /** Empty words: {@code contains("")} holds for any sentence. */
    private final BitSet alwaysPresent = new BitSet();

    /**
     * What a pattern needs: for each element that names words (or a cited title), the ids of the
     * words of which at least one must be in the sentence.
     */
    static final class Needs {
        private final int[][] anyOf;

        private Needs(int[][] anyOf) {
            this.anyOf = anyOf;
        }

        /** {@link PatternMatcher#mayMatch} on the words found in the sentence. */
        boolean mayMatch(BitSet present) {
            for (int[] alternatives : anyOf) {
                if (!anyPresent(alternatives, present)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean anyPresent(int[] alternatives, BitSet present) {
            for (int id : alternatives) {
                if (present.get(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An index of every pattern of the pack: clause patterns, exceptions, citations of law, evidence. */
    LiteralIndex(RiskRulePack pack) {
        pack.citingLaw().forEach(this::add);
        for (RiskRule r : pack.rules()) {
            r.patterns().forEach(this::add);
            r.unless().forEach(this::add);
        }
        words = literals.toArray(String[]::new);
        buildBuckets();
    }

    /** The needs of a pattern of the pack, or null for a pattern the index was not built with. */
    Needs needsOf(RulePattern p) {
        return needs.get(p);
    }

    /** Which of the index's words the sentence contains. */
    BitSet presentIn(String sentence) {
        BitSet present = (BitSet) alwaysPresent.clone();
        int n = sentence.length();
        for (int i = 0; i < n; i++) {
            for (int id : byFirstChar[sentence.charAt(i) & (BUCKETS - 1)]) {
                if (sentence.startsWith(words[id], i)) {
                    present.set(id);
                }
            }
        }
        return present;
    }

    private void add(RulePattern p) {
        if (needs.containsKey(p)) {
            return;
        }
        List<int[]> anyOf = new ArrayList<>();
        for (Element e : p.elements()) {
            if (e instanceof Words w) {
                anyOf.add(w.literals().stream().mapToInt(this::idOf).toArray());
            } else if (e instanceof CitedTitle) {
                anyOf.add(new int[] {idOf(TITLE_MARK)});
            }
        }
        needs.put(p, new Needs(anyOf.toArray(int[][]::new)));
    }

    private int idOf(String literal) {
        return ids.computeIfAbsent(literal, l -> {
            literals.add(l);
            return literals.size() - 1;
        });
    }

    private void buildBuckets() {
        List<List<Integer>> buckets = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        for (int id = 0; id < literals.size(); id++) {
            String l = literals.get(id);
            if (l.isEmpty()) {
                alwaysPresent.set(id);
            } else {
                buckets.get(l.charAt(0) & (BUCKETS - 1)).add(id);
            }
        }
        byFirstChar = new int[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            List<Integer> bucket = buckets.get(b);
            byFirstChar[b] = bucket.isEmpty() ? NONE : bucket.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
