package org.normdesk.domain.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.normdesk.domain.Labelled;

/**
 * The roles of the office and — the one table of who may do what — the permissions each holds.
 * Change the rights of a role here and nowhere else.
 */
public enum Role implements Labelled {
    /** 起草经办: drafts and submissions. */
    DRAFTER(Permission.DRAFT, Permission.SUBMIT, Permission.BACKUP),
    /** 审核员: the legality review, the filings that follow from it, and the work of a 清理. */
    REVIEWER(Permission.REVIEW, Permission.FILE, Permission.CLEANUP, Permission.BACKUP),
    /** 负责人: approves outcomes, publishes, closes campaigns. */
    HEAD(Permission.DECIDE, Permission.PUBLISH, Permission.FILE, Permission.CLEANUP, Permission.CLOSE_CAMPAIGN,
            Permission.BACKUP),
    /** 管理员: settings, users, restore. */
    ADMIN(Permission.SETTINGS, Permission.MANAGE_USERS, Permission.RESTORE, Permission.BACKUP);

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(List.of(permissions)));
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean can(Permission p) {
        return permissions.contains(p);
    }

    /** The roles that may do {@code p}, in the order above (for "请由…操作"). */
    public static List<Role> holding(Permission p) {
        return Arrays.stream(values()).filter(r -> r.can(p)).toList();
    }

    @Override
    public String labelPrefix() {
        return "role";
    }
}
