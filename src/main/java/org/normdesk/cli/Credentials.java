package org.normdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;

/** Where the command line gets passwords: an environment variable, else the console without echo. */
interface Credentials {
    /** The variable holding the password of the --user (for scripts; see README on the trade-off). */
    String PASSWORD_VARIABLE = "NORMDESK_PASSWORD";
    /** The variable holding a new password (user add, user passwd) for scripts. */
    String NEW_PASSWORD_VARIABLE = "NORMDESK_NEW_PASSWORD";

    /** The variable holding the 数据文件密码 of an encrypted data folder (or the new one, for encryption on). */
    String DB_PASSWORD_VARIABLE = "NORMDESK_DB_PASSWORD";
    /** The variable holding a new 数据文件密码 (encryption passwd). */
    String NEW_DB_PASSWORD_VARIABLE = "NORMDESK_NEW_DB_PASSWORD";

    /** @throws RuleViolation when there is no way to ask */
    char[] password(String user);

    /** A new password, typed twice on the console (or from the variable, once). */
    char[] newPassword(String user);

    /**
     * The 数据文件密码 of an encrypted folder (or backup file) {@code where}: from the variable, else
     * typed on the console without echo; empty when there is neither.
     */
    default Optional<char[]> dataPassword(Path where) {
        return fromEnvironmentOrConsole().dataPassword(where);
    }

    /**
     * A new 数据文件密码 and, when it was typed, its repetition (null when it came from a variable).
     *
     * @param variable the variable to read it from
     * @throws RuleViolation when there is neither the variable nor a console
     */
    default char[][] newDataPassword(String variable) {
        return fromEnvironmentOrConsole().newDataPassword(variable);
    }

    static Credentials fromEnvironmentOrConsole() {
        return from(System.getenv());
    }

    /** Passwords from {@code env} (the process's environment; tests give their own), else the console. */
    static Credentials from(Map<String, String> env) {
        return new Credentials() {
            @Override
            public Optional<char[]> dataPassword(Path where) {
                String v = env.get(DB_PASSWORD_VARIABLE);
                if (v != null) {
                    return Optional.of(v.toCharArray());
                }
                Console c = System.console();
                return c == null ? Optional.empty()
                        : Optional.ofNullable(c.readPassword(Texts.get("cli.encryption.passwordPrompt", where)));
            }

            @Override
            public char[][] newDataPassword(String variable) {
                String v = env.get(variable);
                if (v != null) {
                    return new char[][] {v.toCharArray(), null};
                }
                Console c = System.console();
                if (c == null) {
                    throw new RuleViolation(Problem.error("password", "cli.encryption.noConsole", variable));
                }
                char[] first = c.readPassword(Texts.get("cli.encryption.newPasswordPrompt"));
                char[] second = c.readPassword(Texts.get("cli.user.repeatPrompt"));
                return new char[][] {first, second};
            }

            @Override
            public char[] password(String user) {
                String v = env.get(PASSWORD_VARIABLE);
                if (v != null) {
                    return v.toCharArray();
                }
                return console().readPassword(Texts.get("cli.user.passwordPrompt", user));
            }

            @Override
            public char[] newPassword(String user) {
                String v = env.get(NEW_PASSWORD_VARIABLE);
                if (v != null) {
                    return v.toCharArray();
                }
                Console c = console();
                char[] first = c.readPassword(Texts.get("cli.user.newPasswordPrompt", user));
                char[] second = c.readPassword(Texts.get("cli.user.repeatPrompt"));
                if (!Arrays.equals(first, second)) {
                    throw new RuleViolation(Problem.error("password", "users.password.mismatch"));
                }
                return first;
            }

            private Console console() {
                Console c = System.console();
                if (c == null) {
                    throw new RuleViolation(Problem.error("password", "cli.user.noConsole", PASSWORD_VARIABLE));
                }
                return c;
            }
        };
    }
}
