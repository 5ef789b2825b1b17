package org.normdesk.domain.cleanup;

import java.util.Optional;

import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;

/**
 * 清理结果 (RULES.md §5): 继续有效 (保留), 修改 (修改后继续有效: stays in force until the revision is
 * published), 废止, 宣布失效, and 已明令废止 for a document found already repealed by an earlier decision.
 */
public enum CleanupOutcome implements Labelled {
    KEEP(null), AMEND(null), REPEAL(EndOfForce.REPEALED), DECLARE_EXPIRED(EndOfForce.DECLARED_EXPIRED),
    ALREADY_REPEALED(EndOfForce.REPEALED);

    private final EndOfForce endOfForce;

    CleanupOutcome(EndOfForce endOfForce) {
        this.endOfForce = endOfForce;
    }

    /** What closing the campaign does to the document's force (none for 继续有效 and 修改). */
    public Optional<EndOfForce> endOfForce() {
        return Optional.ofNullable(endOfForce);
    }

    /** The word of the county reports: 保留, 修改, 废止, 失效, 已明令废止. */
    public String reportWord() {
        return Texts.get("cleanup.outcome.report." + name());
    }

    /** The heading of the published list: 继续有效目录 … */
    public String listTitle() {
        return Texts.get("cleanup.outcome.list." + name());
    }

    /** Reads an outcome as written in a sheet: its label, its report word, or a usual variant (保持, 失效 …). */
    public static Optional<CleanupOutcome> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace(" ", "");
        for (CleanupOutcome o : values()) {
            if (o.name().equalsIgnoreCase(t) || Texts.get("cleanup.outcome." + o.name()).equals(t)
                    || Texts.get("cleanup.outcome.report." + o.name()).equals(t)) {
                return Optional.of(o);
            }
        }
        return switch (t) {
            case "继续有效", "保留", "有效", "继续执行" -> Optional.of(KEEP);
            case "修改", "修改后继续有效", "修订", "需修改" -> Optional.of(AMEND);
            case "废止", "予以废止" -> Optional.of(REPEAL);
            case "宣布失效", "失效", "已失效", "予以失效" -> Optional.of(DECLARE_EXPIRED);
            case "已明令废止", "明令废止", "已废止" -> Optional.of(ALREADY_REPEALED);
            default -> Optional.empty();
        };
    }

    @Override
    public String labelPrefix() {
        return "cleanup.outcome";
    }
}
