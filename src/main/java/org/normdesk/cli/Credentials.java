package org.normdesk.cli;

import java.io.Console;
import java.util.Arrays;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;

/** Where the command line gets passwords: an environment variable, else the console without echo. */
interface Credentials {
    /** The variable holding the password of the --user (for scripts; see README on the trade-off). */
    String PASSWORD_VARIABLE = "NORMDESK_PASSWORD";
    /** The variable holding a new password (user add, user passwd) for scripts. */
    String NEW_PASSWORD_VARIABLE = "NORMDESK_NEW_PASSWORD";

    /** @throws RuleViolation when there is no way to ask */
    char[] password(String user);

    /** A new password, typed twice on the console (or from the variable, once). */
    char[] newPassword(String user);

    static Credentials fromEnvironmentOrConsole() {
        return new Credentials() {
            @Override
            public char[] password(String user) {
                String v = System.getenv(PASSWORD_VARIABLE);
                if (v != null) {
                    return v.toCharArray();
                }
                return console().readPassword(Texts.get("cli.user.passwordPrompt", user));
            }

            @Override
            public char[] newPassword(String user) {
                String v = System.getenv(NEW_PASSWORD_VARIABLE);
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
