package org.normdesk.domain.access;

import org.normdesk.domain.Labelled;

/**
 * What a user may be allowed to do. Which role holds which is decided in one place only:
 * {@link Role}. The label completes the refusal "当前用户（…）无权{label}".
 */
public enum Permission implements Labelled {
    /** Enter and change documents in the register (by hand, by import, the demo data). */
    DRAFT,
    /** 送审 and 补充材料. */
    SUBMIT,
    /** 合法性审核: accept, check, findings, opinion, revisions, risk dismissals. */
    REVIEW,
    /** Decide the outcome: 集体审议 and 不予登记. */
    DECIDE,
    /** 统一登记, 公布, and ending a document's force. */
    PUBLISH,
    /** 备案: report a filing, receive an incoming one. */
    FILE,
    /** 清理: create a campaign, record and import its decisions. */
    CLEANUP,
    /** Close a 清理 campaign and publish its decisions. */
    CLOSE_CAMPAIGN,
    /** 设置: issuers, rules, calendar, templates, risk rules, upper laws, backup settings, login policy. */
    SETTINGS,
    /** Add users, set roles, reset passwords, unlock, disable. */
    MANAGE_USERS,
    /** Replace all data with a backup. */
    RESTORE,
    /** Write a backup (every role: a backup never loses anything). */
    BACKUP;

    /** What moving a document along {@code t} asks of the user. */
    public static Permission forTransition(org.normdesk.domain.Transition t) {
        return switch (t) {
            case SUBMIT, RESUBMIT -> SUBMIT;
            case REDRAFT, WITHDRAW -> DRAFT;
            case ACCEPT, RETURN, FINISH_REVIEW -> REVIEW;
            case DELIBERATE, REFUSE_REGISTRATION -> DECIDE;
            case REGISTER, PUBLISH -> PUBLISH;
        };
    }

    @Override
    public String labelPrefix() {
        return "permission";
    }
}
