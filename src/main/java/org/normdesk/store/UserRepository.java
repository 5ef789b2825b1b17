package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.APP_USER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.User;
import org.normdesk.store.jooq.tables.records.AppUserRecord;

/** The local accounts. Rows are never deleted; the password hash is read only to check a password. */
public final class UserRepository {
    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    public List<User> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch(UserRepository::user);
    }

    public Optional<User> find(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::user);
    }

    /** By name, locking the row for the rest of the transaction (two wrong passwords at once both count). */
    public Optional<User> findByNameForUpdate(String name) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USER_NAME.eq(name)).forUpdate()
                .fetchOptional(UserRepository::user);
    }

    public Optional<User> findByName(String name) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USER_NAME.eq(name)).fetchOptional(UserRepository::user);
    }

    public String passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(APP_USER.PASSWORD_HASH);
    }

    public User insert(String name, Role role, String passwordHash, LocalDateTime now) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setUserName(name);
        r.setRole(role.name());
        r.setPasswordHash(passwordHash);
        r.setDisabled(false);
        r.setFailedAttempts(0);
        r.setCreatedAt(now);
        r.setPasswordChangedAt(now);
        r.store();
        return user(r);
    }

    public void setRole(long id, Role role) {
        dsl.update(APP_USER).set(APP_USER.ROLE, role.name()).where(APP_USER.ID.eq(id)).execute();
    }

    public void setPasswordHash(long id, String hash, LocalDateTime now) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.PASSWORD_CHANGED_AT, now)
                .where(APP_USER.ID.eq(id)).execute();
    }

    public void setDisabled(long id, boolean disabled) {
        dsl.update(APP_USER).set(APP_USER.DISABLED, disabled).where(APP_USER.ID.eq(id)).execute();
    }

    /** The count of wrong passwords in a row, and the lock (null: none). */
    public void setFailures(long id, int failedAttempts, LocalDateTime lockedUntil) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, failedAttempts).set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.ID.eq(id)).execute();
    }

    private static User user(AppUserRecord r) {
        return new User(r.getId(), r.getUserName(), Role.valueOf(r.getRole()), Boolean.TRUE.equals(r.getDisabled()),
                r.getFailedAttempts(), r.getLockedUntil(), r.getCreatedAt());
    }
}
