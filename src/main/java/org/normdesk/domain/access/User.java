package org.normdesk.domain.access;

import java.time.LocalDateTime;

/**
 * A local account. The password hash never leaves the store; a user is never deleted (the audit
 * log names them), only disabled.
 *
 * @param lockedUntil set after too many wrong passwords; the account opens again at that time
 */
public record User(long id, String name, Role role, boolean disabled, int failedAttempts, LocalDateTime lockedUntil,
                   LocalDateTime createdAt) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Actor actor() {
        return Actor.user(name, role);
    }
}
