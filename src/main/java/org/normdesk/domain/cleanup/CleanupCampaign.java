package org.normdesk.domain.cleanup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;

/**
 * 清理活动: its name, kind (专项 with a theme), cut-off date (documents made up to that day), scope
 * (issuer categories and issuers; empty means all) and the units responsible for carrying it out.
 * Its decisions take effect on {@code decidedOn}, fixed when it is closed.
 */
public record CleanupCampaign(Long id, String name, CampaignKind kind, String theme, LocalDate cutOff,
                              Set<IssuerCategory> categories, List<Long> issuerIds, String responsibleUnits,
                              CampaignStatus status, LocalDate createdOn, LocalDate decidedOn, int version) {

    /** The themes offered for a 专项清理 (the user may type another). */
    public static final List<String> STANDARD_THEMES = List.of("民法典", "放管服", "营商环境", "生态环境", "证明事项");

    public CleanupCampaign {
        categories = categories == null || categories.isEmpty() ? EnumSet.noneOf(IssuerCategory.class)
                : EnumSet.copyOf(categories);
        issuerIds = issuerIds == null ? List.of() : List.copyOf(issuerIds);
    }

    /** A new campaign as the create dialog or the command line describes it. */
    public static CleanupCampaign draft(String name, CampaignKind kind, String theme, LocalDate cutOff,
                                        Set<IssuerCategory> categories, List<Long> issuerIds, String responsibleUnits) {
        return new CleanupCampaign(null, name == null ? null : name.strip(), kind,
                theme == null || theme.isBlank() ? null : theme.strip(), cutOff, categories, issuerIds,
                responsibleUnits == null || responsibleUnits.isBlank() ? null : responsibleUnits.strip(),
                CampaignStatus.OPEN, null, null, 0);
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    /** Whether a document of this issuer falls in the scope (the date is checked by the query). */
    public boolean covers(long issuerId, IssuerCategory category) {
        return (categories.isEmpty() || categories.contains(category))
                && (issuerIds.isEmpty() || issuerIds.contains(issuerId));
    }

    /** 全面清理 / 民法典专项清理 … as the heading of the exports says it. */
    public String kindText() {
        return kind == CampaignKind.SPECIAL && theme != null ? theme + kind.label() : kind.label();
    }

    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(Problem.error("name", "cleanup.problem.name"));
        } else if (name.length() > 300) {
            out.add(Problem.error("name", "cleanup.problem.nameLong"));
        }
        if (kind == null) {
            out.add(Problem.error("kind", "cleanup.problem.kind"));
        } else if (kind == CampaignKind.SPECIAL && (theme == null || theme.isBlank())) {
            out.add(Problem.error("theme", "cleanup.problem.theme"));
        }
        if (cutOff == null) {
            out.add(Problem.error("cutOff", "cleanup.problem.cutOff"));
        }
        return out;
    }

    public CleanupCampaign withId(long newId, LocalDate created) {
        return new CleanupCampaign(newId, name, kind, theme, cutOff, categories, issuerIds, responsibleUnits, status,
                created, decidedOn, version);
    }
}
