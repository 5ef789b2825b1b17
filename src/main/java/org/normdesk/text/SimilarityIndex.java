package org.normdesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * TF-IDF vectors of the documents compared (the documents in force), searched by cosine
 * similarity. Built once from the stored word counts and kept while the documents stay the same,
 * so that a request only walks the postings of the draft's own words.
 *
 * <ul>
 * <li>TF is dampened, 1 + ln(count): a word said forty times in one body is not forty times as
 * telling as a word said once; without it the longest bodies' favourite words decide.</li>
 * <li>IDF is smoothed, ln((1 + N) / (1 + df)) + 1, over the N documents compared: as if the draft
 * were one more document holding each word once. A word only the draft uses still weighs (its
 * new content makes it less like the others), and in a register of a handful of documents no
 * word falls to zero, while a word in every document weighs a fraction of a rare one.</li>
 * <li>Cosine of the two vectors: long and short documents compare on what they say, not on how
 * long they are; with no negative weights it lies between 0 and 1.</li>
 * </ul>
 */
public final class SimilarityIndex {
    /** A document found like the draft: its score (0–1) and the shared words that weigh most in it. */
    public record Match(long documentId, double score, List<String> sharedTerms) {
        public Match {
            sharedTerms = List.copyOf(sharedTerms);
        }
    }

    private final long[] ids;
    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final int[][] postingDocs;
    private final float[][] postingWeights;

    /** An index over the documents of a {@link TermCorpus}; term ids index {@code words} and {@code termIds}. */
    SimilarityIndex(long[] ids, List<TermCorpus.Entry> vectors, Map<String, Integer> termIds, String[] words) {
        this.ids = ids;
        this.termIds = Map.copyOf(termIds);
        int terms = words.length;
        int n = ids.length;
        int[] df = new int[terms];
        for (TermCorpus.Entry v : vectors) {
            for (int t : v.terms()) {
                df[t]++;
            }
        }
        idf = new double[terms];
        for (int t = 0; t < terms; t++) {
            idf[t] = idf(df[t], n);
        }
        postingDocs = new int[terms][];
        postingWeights = new float[terms][];
        for (int t = 0; t < terms; t++) {
            postingDocs[t] = new int[df[t]];
            postingWeights[t] = new float[df[t]];
        }
        int[] filled = new int[terms];
        for (int d = 0; d < n; d++) {
            TermCorpus.Entry v = vectors.get(d);
            double norm = 0;
            for (int i = 0; i < v.terms().length; i++) {
                double w = tf(v.counts()[i]) * idf[v.terms()[i]];
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < v.terms().length; i++) {
                int t = v.terms()[i];
                postingDocs[t][filled[t]] = d;
                postingWeights[t][filled[t]] = (float) (tf(v.counts()[i]) * idf[t] / norm);
                filled[t]++;
            }
        }
    }

    /** An index over documents given with their counts (a one-off comparison, tests). */
    public static SimilarityIndex of(Map<Long, TermCounts> documents) {
        TermCorpus corpus = new TermCorpus();
        documents.forEach((id, counts) -> corpus.put(id, 0, counts));
        return corpus.index();
    }

    public int size() {
        return ids.length;
    }

    /**
     * The documents most like {@code draft}, best first: at most {@code limit}, none below
     * {@code minScore}, none of {@code excluded}; each with up to {@code shownTerms} shared words,
     * those that add most to its score.
     */
    public List<Match> rank(TermCounts draft, int limit, double minScore, Set<Long> excluded, int shownTerms) {
        Map<String, Double> query = weights(draft);
        if (query.isEmpty() || ids.length == 0 || limit <= 0) {
            return List.of();
        }
        double[] score = new double[ids.length];
        for (Map.Entry<String, Double> q : query.entrySet()) {
            Integer t = termIds.get(q.getKey());
            if (t == null) {
                continue;
            }
            int[] docs = postingDocs[t];
            float[] w = postingWeights[t];
            double qw = q.getValue();
            for (int i = 0; i < docs.length; i++) {
                score[docs[i]] += qw * w[i];
            }
        }
        PriorityQueue<Integer> best = new PriorityQueue<>(Comparator.<Integer>comparingDouble(d -> score[d])
                .thenComparing(d -> -ids[d]));
        for (int d = 0; d < ids.length; d++) {
            if (score[d] >= minScore && score[d] > 0 && !excluded.contains(ids[d])) {
                best.add(d);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Match> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int d = best.poll();
            out.add(new Match(ids[d], Math.min(1.0, score[d]), sharedTerms(query, d, shownTerms)));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The draft's normalised TF-IDF weights; a word no compared document has takes the IDF of df = 0. */
    private Map<String, Double> weights(TermCounts draft) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> c : draft.counts().entrySet()) {
            Integer t = termIds.get(c.getKey());
            double v = tf(c.getValue()) * (t == null ? idf(0, ids.length) : idf[t]);
            w.put(c.getKey(), v);
            norm += v * v;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            w.replaceAll((k, v) -> v / n);
        }
        return w;
    }

    private List<String> sharedTerms(Map<String, Double> query, int doc, int shown) {
        List<Map.Entry<String, Double>> shared = new ArrayList<>();
        for (Map.Entry<String, Double> q : query.entrySet()) {
            Integer t = termIds.get(q.getKey());
            if (t == null) {
                continue;
            }
            int i = Arrays.binarySearch(postingDocs[t], doc);
            if (i >= 0) {
                shared.add(Map.entry(q.getKey(), q.getValue() * postingWeights[t][i]));
            }
        }
        shared.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return shared.stream().limit(shown).map(Map.Entry::getKey).toList();
    }

    private static double tf(int count) {
        return 1 + Math.log(Math.max(1, count));
    }

    private static double idf(int df, int n) {
        return Math.log((1.0 + n) / (1.0 + df)) + 1;
    }
}
