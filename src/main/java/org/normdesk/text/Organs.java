package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the name of an issuing organ looks like: Chinese characters ending with the word for a
 * government, office, bureau, commission… A line of several such names separated by spaces
 * (联合发文 in a 红头 or a signature) gives them all.
 */
final class Organs {
    private static final Pattern ORGAN = Pattern.compile(
            "[\\u4e00-\\u9fa5（）()]{2,30}?(人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|管理委员会|委员会|管委会|"
                    + "街道办事处|办事处|局|委|厅|办|院|中心|政府|镇|乡|分行|公司)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,]+");

    private Organs() {
    }

    static boolean isOrgan(String s) {
        return ORGAN.matcher(s).matches() && !s.contains("关于");
    }

    /** The organs a line names when it names nothing else; empty otherwise. */
    static List<String> organsOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 80 || t.matches(".*[。：:；;，,“”]$")) {
            return List.of();
        }
        List<String> organs = new ArrayList<>();
        for (String part : SEPARATORS.split(t)) {
            if (part.isEmpty()) {
                continue;
            }
            if (!isOrgan(part)) {
                return List.of();
            }
            organs.add(part);
        }
        return organs;
    }

    /** The 红头 banner: "清河县人民政府文件", "县财政局 县教育局文件"; the organs it names, or empty. */
    static List<String> redHeadOrgans(String line) {
        String t = line.strip().replaceAll("\\s+", " ");
        if (!t.endsWith("文件") || t.length() < 4) {
            return List.of();
        }
        return organsOf(t.substring(0, t.length() - 2).strip());
    }

    /** The organs that open a title: "清河县人民政府关于…" → 清河县人民政府; joint "县财政局 县教育局关于…". */
    static List<String> titlePrefixOrgans(String title) {
        int at = title.indexOf("关于");
        if (at < 2) {
            return List.of();
        }
        return organsOf(title.substring(0, at));
    }
}
