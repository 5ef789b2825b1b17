package org.normdesk.domain.access;

import java.util.stream.Collectors;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;

/**
 * Who is acting: a signed-in user with a role, the trusted local system account (every permission:
 * tests, the command line on a folder without users, the program's own upkeep), or nobody yet.
 * Every audit event is written in the name of the actor.
 */
public record Actor(String name, Role role, Kind kind) {

    public enum Kind { USER, SYSTEM, NOBODY }

    public static Actor user(String name, Role role) {
        return new Actor(name, role, Kind.USER);
    }

    /** The trusted local system account named {@code name} (the operating-system user, "测试" in tests). */
    public static Actor system(String name) {
        return new Actor(name, null, Kind.SYSTEM);
    }

    /** Nobody has signed in yet: nothing may be changed. */
    public static Actor nobody() {
        return new Actor("", null, Kind.NOBODY);
    }

    public boolean signedIn() {
        return kind != Kind.NOBODY;
    }

    public boolean can(Permission p) {
        return switch (kind) {
            case SYSTEM -> true;
            case USER -> role.can(p);
            case NOBODY -> false;
        };
    }

    /** @throws AccessDenied saying who may do it instead */
    public void require(Permission p) {
        if (can(p)) {
            return;
        }
        String allowed = Role.holding(p).stream().map(Role::label).collect(Collectors.joining("或"));
        throw new AccessDenied(kind == Kind.NOBODY
                ? Problem.error("user", "access.notSignedIn", p.label())
                : Problem.error("user", "access.denied", name, role.label(), p.label(), allowed));
    }

    /** "张三（审核员）"; the system account by its name alone. */
    public String describe() {
        return role == null ? name : name + "（" + role.label() + "）";
    }

    /** An action refused because the current user's role does not hold the permission it needs. */
    public static final class AccessDenied extends RuleViolation {
        AccessDenied(Problem problem) {
            super(problem);
        }
    }
}
