package org.normdesk.domain.law;

import java.util.Optional;

import org.normdesk.domain.Labelled;

/** 时效性 of an upper law, in the words of the national database of laws (flk.npc.gov.cn). */
public enum LawStatus implements Labelled {
    IN_FORCE("有效"), AMENDED("已修改"), REPEALED("已废止"), NOT_YET("尚未生效");

    private final String chinese;

    LawStatus(String chinese) {
        this.chinese = chinese;
    }

    /** The status as written in the law tables and CSV files (有效 …), whatever the UI language. */
    public String chinese() {
        return chinese;
    }

    /** Reads 有效 / 已修改 / 已废止 / 尚未生效 (also 失效, 废止) or the constant's name. */
    public static Optional<LawStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (LawStatus s : values()) {
            if (s.chinese.equals(t) || s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "现行有效" -> Optional.of(IN_FORCE);
            case "废止", "失效", "已失效", "宣告失效" -> Optional.of(REPEALED);
            case "修改", "已修正", "已修订" -> Optional.of(AMENDED);
            default -> Optional.empty();
        };
    }

    @Override
    public String labelPrefix() {
        return "law.status";
    }
}
