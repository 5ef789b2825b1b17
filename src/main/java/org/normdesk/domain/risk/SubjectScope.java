package org.normdesk.domain.risk;

/**
 * Whom a clause must bind for a rule to apply. 不得 binding the administration (行政机关不得…) is
 * self-restraint; the same words binding citizens and enterprises (任何单位和个人不得…) add a duty.
 */
public enum SubjectScope {
    /** Whoever the subject is. */
    ANY,
    /** Only when the clause's subject is a citizen, enterprise or other organisation. */
    PUBLIC,
    /** Unless the subject is an administrative organ (an unknown subject counts). */
    NOT_ADMIN
}
