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

    /** {@link #same} on matters already reduced by {@link #matter} (a campaign compares each matter many times). */
    public static boolean sameMatter(String a, String b) {
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        return a.equals(b) || Similarity.dice(a, b) >= THRESHOLD;
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
