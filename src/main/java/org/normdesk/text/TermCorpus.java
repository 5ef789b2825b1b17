package org.normdesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word counts of the documents compared, held in memory between requests in a compact form
 * (each word once in a dictionary, each document two int arrays), so that a register of 100,000
 * documents takes tens of megabytes and a similarity list needs no database read of the vectors
 * unless a document changed. Each document is kept with the version of the document it was made
 * for, so the caller sees which ones to load again. Not thread-safe: the owner locks.
 */
public final class TermCorpus {
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final Map<Long, Entry> entries = new HashMap<>();
    private SimilarityIndex index;

    record Entry(int version, int[] terms, int[] counts) {
    }

    /** The version a document's vector was made for, or -1 when it is not held. */
    public int version(long documentId) {
        Entry e = entries.get(documentId);
        return e == null ? -1 : e.version();
    }

    public void put(long documentId, int version, TermCounts counts) {
        int[] terms = new int[counts.counts().size()];
        int[] n = new int[terms.length];
        int i = 0;
        for (Map.Entry<String, Integer> c : counts.counts().entrySet()) {
            terms[i] = dictionary.computeIfAbsent(c.getKey(), k -> dictionary.size());
            n[i++] = c.getValue();
        }
        entries.put(documentId, new Entry(version, terms, n));
        index = null;
    }

    /** Forgets the documents no longer compared (repealed, expired, deleted). */
    public void retainOnly(Set<Long> documentIds) {
        if (entries.keySet().retainAll(documentIds)) {
            index = null;
        }
    }

    public int size() {
        return entries.size();
    }

    /** The TF-IDF index of the documents held, built again only after a change. */
    public SimilarityIndex index() {
        if (index == null) {
            List<Long> ids = new ArrayList<>(entries.keySet());
            ids.sort(null);
            String[] words = new String[dictionary.size()];
            dictionary.forEach((w, id) -> words[id] = w);
            List<Entry> list = new ArrayList<>(ids.size());
            for (Long id : ids) {
                list.add(entries.get(id));
            }
            index = new SimilarityIndex(ids.stream().mapToLong(Long::longValue).toArray(), list, dictionary, words);
        }
        return index;
    }
}
