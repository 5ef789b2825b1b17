package org.normdesk.text;

import java.util.regex.Pattern;

/**
 * Whether two documents' titles speak of the same matter, so that the newer one replaces the older
 * (清理: 已被新规定涵盖或替代). The titles are reduced to their matter first: the wrapper of a 印发
 * notice (关于印发《…》的通知), the issuing body before 关于, years, and notes such as （试行）（暂行）
 * （修订） go; what is left must be nearly the same.
 */
public final class SameMatter {
    /** Dice similarity of character bigrams above which two matters are the same (one word of ten may differ). */
    static final double THRESHOLD = 0.85;

    private static final Pattern NOTE = Pattern.compile("[（(][^）)]{0,10}[）)]");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?:年度|年|—|-)?(?:(?:19|20)\\d{2}年?)?");
    private static final Pattern WRAPPER = Pattern.compile("^.*?关于(?:印发|转发|修订|修改|调整|进一步)?");
    private static final Pattern TAIL = Pattern.compile("的(?:通知|决定|意见|通告|公告|批复)$");
    private static final Pattern TRIAL = Pattern.compile("(?:暂行|试行)");

    private SameMatter() {
    }

    public static boolean same(String titleA, String titleB) {
        return sameMatter(matter(titleA), matter(titleB));
    }

    /** {@link #same} on matters already reduced by {@link #matter}. */
    public static boolean sameMatter(String a, String b) {
        return Matter.of(a).same(Matter.of(b));
    }

    /**
     * A matter reduced by {@link #matter}, with its character bigrams ready for comparison: a 全面清理
     * compares each document's matter with every newer one of its issuer, 190 million comparisons at
     * 100,000 documents, which took ten minutes when each built its bigrams anew.
     */
    public static final class Matter {
        private final String text;
        private final Similarity.Bigrams bigrams;

        private Matter(String text) {
            this.text = text;
            this.bigrams = Similarity.Bigrams.of(text);
        }

        /** The matter of a title ({@link SameMatter#matter}). */
        public static Matter ofTitle(String title) {
            return new Matter(matter(title));
        }

        static Matter of(String reduced) {
            return new Matter(reduced);
        }

        /**
         * Nearly the same: Dice similarity of the character bigrams ({@link Similarity}) at least
         * {@link #THRESHOLD}; matters of fewer than four characters say too little to compare.
         */
        public boolean same(Matter other) {
            if (text.length() < 4 || other.text.length() < 4) {
                return false;
            }
            if (text.equals(other.text)) {
                return true;
            }
            // even all of the shorter one's bigrams in common would not reach the threshold
            int shorter = Math.min(bigrams.size(), other.bigrams.size());
            if (2.0 * shorter / (bigrams.size() + other.bigrams.size()) < THRESHOLD) {
                return false;
            }
            return bigrams.dice(other.bigrams) >= THRESHOLD;
        }
    }

    /** The title without its wrapper, years and notes: 关于印发清河县养犬管理暂行办法（2016年修订）的通知 → 清河县养犬管理办法. */
    public static String matter(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip().replaceAll("[《》“”\"\\s]", "");
        t = NOTE.matcher(t).replaceAll("");
        t = TAIL.matcher(t).replaceAll("");
        t = WRAPPER.matcher(t).replaceFirst("");
        t = YEAR.matcher(t).replaceAll("");
        t = TRIAL.matcher(t).replaceAll("");
        return t;
    }
}
