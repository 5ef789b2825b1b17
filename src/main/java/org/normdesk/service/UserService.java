package org.normdesk.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.LoginPolicy;
import org.normdesk.domain.access.Permission;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.SignIn;
import org.normdesk.domain.access.User;
import org.normdesk.store.SettingRepository;
import org.normdesk.store.Store;

/**
 * The local accounts of a data folder: the first 管理员, signing in (with the lock after repeated
 * wrong passwords), and the 管理员's work on accounts. Accounts are never deleted, only disabled: the
 * audit log keeps naming them.
 */
public final class UserService {
    static final String ENTITY = "USER";
    static final int MAX_NAME = 50;
    private static final String MAX_FAILURES = "users.maxFailures";
    private static final String LOCK_MINUTES = "users.lockMinutes";
    private static final String MIN_PASSWORD = "users.minPasswordLength";
    private static final String CLI_USER = "users.cliUser";

    private final Store store;
    private final Clock clock;
    private final Session session;
    private final Auditor auditor;

    UserService(Store store, Clock clock, Session session) {
        this.store = store;
        this.clock = clock;
        this.session = session;
        this.auditor = new Auditor(clock, session);
    }

    /** Who is acting now. */
    public Actor current() {
        return session.current();
    }

    /** Whether the folder has accounts (if not, the first start creates the 管理员). */
    public boolean hasUsers() {
        return store.read(r -> r.users().count() > 0);
    }

    /**
     * The first start: creates the 管理员 and signs them in. Refused once any account exists (a
     * second "first" administrator would be a way round every password).
     */
    public User createFirstAdministrator(String name, char[] password, char[] repeated) {
        String clean = name == null ? "" : name.strip();
        User admin = store.inTransaction(r -> {
            if (r.users().count() > 0) {
                throw new RuleViolation(Problem.error("name", "users.firstExists"));
            }
            LoginPolicy policy = readPolicy(r.settings());
            List<Problem> problems = new ArrayList<>(nameProblems(r, clean));
            problems.addAll(passwordProblems(policy, clean, password, repeated));
            refuse(problems);
            User u = r.users().insert(clean, Role.ADMIN, Passwords.hash(password), auditor.now());
            r.audit().append(auditor.eventAs(clean, ENTITY, u.id(), "CREATE",
                    Texts.get("users.audit.firstAdmin", clean), null, view(u)));
            return u;
        });
        session.become(admin.actor());
        return admin;
    }

    /**
     * Signs in: on success the session acts as this user. A wrong password counts; the
     * policy's number of wrong passwords in a row locks the account for its minutes.
     */
    public SignIn signIn(String name, char[] password) {
        String clean = name == null ? "" : name.strip();
        SignIn result = store.inTransaction(r -> {
            Optional<User> found = r.users().findByNameForUpdate(clean);
            if (found.isEmpty()) {
                return new SignIn(SignIn.Outcome.UNKNOWN_USER, null, 0, null);
            }
            User u = found.get();
            LocalDateTime now = auditor.now();
            if (u.disabled()) {
                return new SignIn(SignIn.Outcome.DISABLED, null, 0, null);
            }
            if (u.lockedAt(now)) {
                return new SignIn(SignIn.Outcome.LOCKED, null, 0, u.lockedUntil());
            }
            LoginPolicy policy = readPolicy(r.settings());
            if (Passwords.matches(r.users().passwordHash(u.id()), password)) {
                if (u.failedAttempts() != 0 || u.lockedUntil() != null) {
                    r.users().setFailures(u.id(), 0, null);
                }
                r.audit().append(auditor.eventAs(u.name(), ENTITY, u.id(), "SIGN_IN",
                        Texts.get("users.audit.signedIn", u.name()), null, null));
                return new SignIn(SignIn.Outcome.OK, u, 0, null);
            }
            // A lock that has run out starts the count afresh.
            int failures = (u.lockedUntil() != null ? 0 : u.failedAttempts()) + 1;
            if (failures >= policy.maxFailures()) {
                LocalDateTime until = now.plusMinutes(policy.lockMinutes());
                r.users().setFailures(u.id(), failures, until);
                r.audit().append(auditor.eventAs(u.name(), ENTITY, u.id(), "LOCK",
                        Texts.get("users.audit.locked", u.name(), failures, policy.lockMinutes()), null, null));
                return new SignIn(SignIn.Outcome.LOCKED, null, 0, until);
            }
            r.users().setFailures(u.id(), failures, null);
            r.audit().append(auditor.eventAs(u.name(), ENTITY, u.id(), "SIGN_IN_FAILED",
                    Texts.get("users.audit.wrongPassword", u.name(), failures), null, null));
            return new SignIn(SignIn.Outcome.WRONG_PASSWORD, null, policy.maxFailures() - failures, null);
        });
        if (result.ok()) {
            session.become(result.user().actor());
        }
        return result;
    }

    /**
     * The command line without a password, as the account the 管理员 named for it (unattended
     * backups). Empty when none is named; refused when that account is disabled or gone.
     */
    public Optional<User> signInAsCommandLineUser() {
        Optional<User> user = store.inTransaction(r -> {
            Optional<String> name = r.settings().get(CLI_USER).filter(s -> !s.isBlank());
            if (name.isEmpty()) {
                return Optional.<User>empty();
            }
            User u = r.users().findByName(name.get())
                    .orElseThrow(() -> new RuleViolation(Problem.error("user", "users.cliUser.gone", name.get())));
            if (u.disabled()) {
                throw new RuleViolation(Problem.error("user", "users.cliUser.disabled", u.name()));
            }
            r.audit().append(auditor.eventAs(u.name(), ENTITY, u.id(), "SIGN_IN",
                    Texts.get("users.audit.cliSignedIn", u.name()), null, null));
            return Optional.of(u);
        });
        user.ifPresent(u -> session.become(u.actor()));
        return user;
    }

    public List<User> all() {
        auditor.require(Permission.MANAGE_USERS);
        return store.read(r -> r.users().all());
    }

    public User add(String name, Role role, char[] password, char[] repeated) {
        auditor.require(Permission.MANAGE_USERS);
        String clean = name == null ? "" : name.strip();
        return store.inTransaction(r -> {
            List<Problem> problems = new ArrayList<>(nameProblems(r, clean));
            if (role == null) {
                problems.add(Problem.error("role", "users.role.missing"));
            }
            problems.addAll(passwordProblems(readPolicy(r.settings()), clean, password, repeated));
            refuse(problems);
            User u = r.users().insert(clean, role, Passwords.hash(password), auditor.now());
            auditor.record(r.audit(), ENTITY, u.id(), "CREATE", Texts.get("users.audit.added", clean, role.label()),
                    null, view(u));
            return u;
        });
    }

    public User setRole(long id, Role role) {
        auditor.require(Permission.MANAGE_USERS);
        return change(id, "ROLE", (r, u) -> {
            if (u.role() == Role.ADMIN && role != Role.ADMIN) {
                keepOneAdministrator(r, u);
            }
            r.users().setRole(id, role);
            return Texts.get("users.audit.role", u.name(), u.role().label(), role.label());
        });
    }

    public User resetPassword(long id, char[] password, char[] repeated) {
        auditor.require(Permission.MANAGE_USERS);
        return change(id, "PASSWORD", (r, u) -> {
            refuse(passwordProblems(readPolicy(r.settings()), u.name(), password, repeated));
            r.users().setPasswordHash(id, Passwords.hash(password), auditor.now());
            r.users().setFailures(id, 0, null);
            return Texts.get("users.audit.passwordReset", u.name());
        });
    }

    /** The signed-in user changes their own password, knowing the old one. */
    public void changeOwnPassword(char[] old, char[] password, char[] repeated) {
        Actor me = session.current();
        if (me.kind() != Actor.Kind.USER) {
            throw new RuleViolation(Problem.error("user", "users.password.notSignedIn"));
        }
        store.inTransaction(r -> {
            User u = r.users().findByName(me.name()).orElseThrow();
            if (!Passwords.matches(r.users().passwordHash(u.id()), old)) {
                throw new RuleViolation(Problem.error("oldPassword", "users.password.oldWrong"));
            }
            refuse(passwordProblems(readPolicy(r.settings()), u.name(), password, repeated));
            r.users().setPasswordHash(u.id(), Passwords.hash(password), auditor.now());
            auditor.record(r.audit(), ENTITY, u.id(), "PASSWORD", Texts.get("users.audit.passwordChanged", u.name()),
                    null, null);
            return null;
        });
    }

    public User unlock(long id) {
        auditor.require(Permission.MANAGE_USERS);
        return change(id, "UNLOCK", (r, u) -> {
            r.users().setFailures(id, 0, null);
            return Texts.get("users.audit.unlocked", u.name());
        });
    }

    /** Disables (or enables again) an account; its name stays in the audit log. */
    public User setDisabled(long id, boolean disabled) {
        auditor.require(Permission.MANAGE_USERS);
        return change(id, disabled ? "DISABLE" : "ENABLE", (r, u) -> {
            if (disabled) {
                if (u.name().equals(session.current().name()) && session.current().kind() == Actor.Kind.USER) {
                    throw new RuleViolation(Problem.error("user", "users.disableSelf"));
                }
                if (u.role() == Role.ADMIN) {
                    keepOneAdministrator(r, u);
                }
            }
            r.users().setDisabled(id, disabled);
            return Texts.get(disabled ? "users.audit.disabled" : "users.audit.enabled", u.name());
        });
    }

    public LoginPolicy policy() {
        return store.read(r -> readPolicy(r.settings()));
    }

    public void savePolicy(LoginPolicy policy) {
        auditor.require(Permission.MANAGE_USERS);
        refuse(policy.problems());
        store.inTransaction(r -> {
            LoginPolicy before = readPolicy(r.settings());
            r.settings().put(MAX_FAILURES, String.valueOf(policy.maxFailures()));
            r.settings().put(LOCK_MINUTES, String.valueOf(policy.lockMinutes()));
            r.settings().put(MIN_PASSWORD, String.valueOf(policy.minPasswordLength()));
            auditor.record(r.audit(), "SETTING", 0, "UPDATE", Texts.get("users.audit.policy"), before, policy);
            return null;
        });
    }

    /** The account the command line runs as when no --user is given (empty: none, credentials are asked). */
    public Optional<String> commandLineUser() {
        return store.read(r -> r.settings().get(CLI_USER).filter(s -> !s.isBlank()));
    }

    /** @param name an existing, enabled account; null or blank: none */
    public void setCommandLineUser(String name) {
        auditor.require(Permission.MANAGE_USERS);
        String clean = name == null ? "" : name.strip();
        store.inTransaction(r -> {
            if (!clean.isEmpty()) {
                User u = r.users().findByName(clean)
                        .orElseThrow(() -> new RuleViolation(Problem.error("user", "users.unknown", clean)));
                if (u.disabled()) {
                    throw new RuleViolation(Problem.error("user", "users.cliUser.disabled", clean));
                }
            }
            String before = r.settings().get(CLI_USER).orElse("");
            r.settings().put(CLI_USER, clean);
            auditor.record(r.audit(), "SETTING", 0, "UPDATE", clean.isEmpty() ? Texts.get("users.audit.cliUserNone")
                    : Texts.get("users.audit.cliUser", clean), Map.of(CLI_USER, before), Map.of(CLI_USER, clean));
            return null;
        });
    }

    /** The account with this name (the command line names users, not ids). */
    public User byName(String name) {
        String clean = name == null ? "" : name.strip();
        return store.read(r -> r.users().findByName(clean))
                .orElseThrow(() -> new RuleViolation(Problem.error("user", "users.unknown", clean)));
    }

    private interface Change {
        String apply(Store.Repositories r, User before);
    }

    private User change(long id, String action, Change change) {
        return store.inTransaction(r -> {
            User before = r.users().find(id)
                    .orElseThrow(() -> new RuleViolation(Problem.error("user", "users.unknown", "#" + id)));
            String summary = change.apply(r, before);
            User after = r.users().find(id).orElseThrow();
            auditor.record(r.audit(), ENTITY, id, action, summary, view(before), view(after));
            return after;
        });
    }

    /** The last enabled 管理员 can neither be disabled nor lose the role: nobody could manage accounts any more. */
    private static void keepOneAdministrator(Store.Repositories r, User leaving) {
        long others = r.users().all().stream()
                .filter(u -> u.role() == Role.ADMIN && !u.disabled() && u.id() != leaving.id()).count();
        if (others == 0) {
            throw new RuleViolation(Problem.error("role", "users.lastAdmin"));
        }
    }

    private static List<Problem> nameProblems(Store.Repositories r, String name) {
        List<Problem> out = new ArrayList<>();
        if (name.isEmpty()) {
            out.add(Problem.error("name", "users.name.blank"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            out.add(Problem.error("name", "users.name.tooLong", MAX_NAME));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            out.add(Problem.error("name", "users.name.control"));
        } else if (r.users().findByName(name).isPresent()) {
            out.add(Problem.error("name", "users.name.taken", name));
        }
        return out;
    }

    private static List<Problem> passwordProblems(LoginPolicy policy, String name, char[] password, char[] repeated) {
        char[] p = password == null ? new char[0] : password;
        List<Problem> out = new ArrayList<>(policy.passwordProblems(name, p));
        if (repeated != null && !Arrays.equals(p, repeated)) {
            out.add(Problem.error("repeated", "users.password.mismatch"));
        }
        return out;
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    /** What the audit keeps of an account: never the hash. */
    private static Map<String, Object> view(User u) {
        return Map.of("name", u.name(), "role", u.role().name(), "disabled", u.disabled(),
                "locked", u.lockedUntil() != null);
    }

    static LoginPolicy readPolicy(SettingRepository settings) {
        LoginPolicy d = LoginPolicy.DEFAULTS;
        return new LoginPolicy(number(settings, MAX_FAILURES, d.maxFailures()),
                number(settings, LOCK_MINUTES, d.lockMinutes()), number(settings, MIN_PASSWORD, d.minPasswordLength()));
    }

    private static int number(SettingRepository settings, String name, int fallback) {
        try {
            return settings.get(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback; // a hand-edited value that is no number: the default
        }
    }
}
