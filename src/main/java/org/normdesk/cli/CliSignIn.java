package org.normdesk.cli;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.access.SignIn;
import org.normdesk.service.Services;

/**
 * Who a command runs as. A folder with user accounts needs one: {@code --user NAME} with its
 * password, or else the command-line user the 管理员 named for unattended work. A folder without
 * accounts (and the trusted services of tests) runs as the local system account, as the window does
 * until its first start has created the 管理员.
 */
final class CliSignIn {
    private CliSignIn() {
    }

    /** Signs {@code services} in, or closes them and throws the reason. */
    static Services signIn(Services services, String user, Credentials credentials) {
        try {
            if (user == null || user.isBlank()) {
                if (!services.session().current().signedIn() && services.users().signInAsCommandLineUser().isEmpty()) {
                    throw new RuleViolation(Problem.error("user", "cli.user.needed"));
                }
                return services;
            }
            SignIn result = services.users().signIn(user, credentials.password(user));
            if (!result.ok()) {
                throw new RuleViolation(Problem.error("user", "cli.user.refused", user, result.message()));
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
