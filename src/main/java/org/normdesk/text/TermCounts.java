package org.normdesk.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of one document that say what it is about, each with its weighted count (a title word
 * counts {@link TermVectors#TITLE_WEIGHT} times, a body word once). Raw counts, not TF-IDF: the IDF
 * depends on the documents compared and is applied by {@link SimilarityIndex}, so a stored count
 * stays right however the register grows.
 */
public final class TermCounts {
    public static final TermCounts EMPTY = new TermCounts(Map.of());

    private final Map<String, Integer> counts;

    TermCounts(Map<String, Integer> counts) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** One term a line, “term TAB count”: terms are runs of Chinese characters, so neither separator occurs in them. */
    public String serialize() {
        StringBuilder b = new StringBuilder(counts.size() * 8);
        counts.forEach((t, n) -> b.append(t).append('\t').append(n).append('\n'));
        return b.toString();
    }

    /** Reads what {@link #serialize} wrote; a damaged line is skipped (the vector is recomputed when its text changes). */
    public static TermCounts parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return EMPTY;
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        int from = 0;
        while (from < stored.length()) {
            int nl = stored.indexOf('\n', from);
            int end = nl < 0 ? stored.length() : nl;
            int tab = stored.indexOf('\t', from);
            if (tab > from && tab < end) {
                try {
                    m.put(stored.substring(from, tab), Integer.parseInt(stored, tab + 1, end, 10));
                } catch (NumberFormatException damaged) {
                    // skip the line
                }
            }
            from = end + 1;
        }
        return new TermCounts(m);
    }
}
