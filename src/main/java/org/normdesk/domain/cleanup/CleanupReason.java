package org.normdesk.domain.cleanup;

import java.util.Optional;

import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;

/**
 * The standard reasons of a cleanup decision. The four for 失效 come from RULES.md §5 (适用期已过,
 * 调整对象已消失, 工作任务已完成, 已被新规定涵盖或替代); the others are the usual wording of published
 * cleanup lists for 继续有效, 修改 and 废止. A free text beside the reason says the particulars.
 */
public enum CleanupReason implements Labelled {
    PERIOD_PASSED,
    OBJECT_GONE,
    TASK_DONE,
    SUPERSEDED,
    UPPER_LAW_CHANGED,
    CONFLICTS_UPPER_LAW,
    NOT_SUITED,
    STILL_NEEDED,
    REPEALED_EARLIER,
    NOT_LISTED;

    /** Reads a reason from its label (as written in a sheet) or its constant name. */
    public static Optional<CleanupReason> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (CleanupReason r : values()) {
            if (r.name().equalsIgnoreCase(t) || Texts.get("cleanup.reason." + r.name()).equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String labelPrefix() {
        return "cleanup.reason";
    }
}
