package org.normdesk.domain.cleanup;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Labelled;

/**
 * The issuer groups of a county's cleanup report: 县政府 (its own and its office's documents), 县政府部门,
 * 乡镇、管理区 (RULES.md §5, the 江陵县 report).
 */
public enum TallyGroup implements Labelled {
    GOVERNMENT, DEPARTMENT, TOWNSHIP;

    public static TallyGroup of(IssuerCategory category) {
        return switch (category) {
            case GOVERNMENT, GOVERNMENT_OFFICE -> GOVERNMENT;
            // A 授权组织 (法律法规授权的组织) is a county-level body outside the government's own
            // offices; the reports have no heading of their own for it and it files with the county
            // government like a department, so it is counted under 县政府部门.
            case DEPARTMENT, AUTHORIZED_ORG -> DEPARTMENT;
            case TOWNSHIP -> TOWNSHIP;
        };
    }

    @Override
    public String labelPrefix() {
        return "cleanup.group";
    }
}
