package org.normdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Permission;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.User;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk user add|list|passwd|unlock|disable|enable|role|cli-user}: the 管理员's work on
 * accounts. Each subcommand signs in like every other command and is refused for any other role.
 * On a folder without accounts the local system account may add the first 管理员.
 */
@Command(name = "user", sortOptions = false,
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.Unlock.class, UserCommand.Disable.class, UserCommand.Enable.class,
                UserCommand.SetRole.class, UserCommand.CliUser.class})
final class UserCommand implements Runnable {

    @ParentCommand
    NormdeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** 起草经办 / DRAFTER / drafter, as the user likes. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            String v = value.strip();
            return Arrays.stream(Role.values())
                    .filter(r -> r.name().equalsIgnoreCase(v) || r.label().equals(v))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Texts.get("cli.user.badRole", value,
                            String.join("、", Arrays.stream(Role.values()).map(r -> r.label() + "(" + r.name() + ")")
                                    .toList()))));
        }
    }

    /** The base of the subcommands: their parent, output, and the work on signed-in services. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        abstract String work(Services services);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = user.root.open()) {
                out.println(work(services));
            }
            out.flush();
            return 0;
        }

        char[] newPassword(String name) {
            return user.root.credentials().newPassword(name);
        }
    }

    @Command(name = "add", sortOptions = false)
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, converter = RoleConverter.class,
                descriptionKey = "cli.user.role")
        Role role;

        @Override
        String work(Services services) {
            services.session().require(Permission.MANAGE_USERS); // refused before a password is asked
            char[] pw = newPassword(name);
            User u = services.users().add(name, role, pw, pw);
            return Texts.get("cli.user.added", u.name(), u.role().label());
        }
    }

    @Command(name = "list")
    static final class ListUsers extends Sub {
        @Override
        String work(Services services) {
            LocalDateTime now = LocalDateTime.now();
            List<String> lines = services.users().all().stream()
                    .map(u -> TextTable.line(List.of(u.name(), u.role().label(), state(u, now)), new int[] {20, 10, 30}))
                    .toList();
            return TextTable.line(List.of(Texts.get("cli.user.head.name"), Texts.get("cli.user.head.role"),
                    Texts.get("cli.user.head.state")), new int[] {20, 10, 30}) + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines);
        }

        private static String state(User u, LocalDateTime now) {
            if (u.disabled()) {
                return Texts.get("users.state.disabled");
            }
            if (u.lockedAt(now)) {
                return Texts.get("users.state.locked", u.lockedUntil().withNano(0).toString().replace('T', ' '));
            }
            return Texts.get("users.state.active");
        }
    }

    @Command(name = "passwd")
    static final class Passwd extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Override
        String work(Services services) {
            User u = services.users().byName(name);
            services.session().require(Permission.MANAGE_USERS); // refused before a password is asked
            char[] pw = newPassword(u.name());
            services.users().resetPassword(u.id(), pw, pw);
            return Texts.get("cli.user.passwordReset", u.name());
        }
    }

    @Command(name = "unlock")
    static final class Unlock extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Override
        String work(Services services) {
            User u = services.users().unlock(services.users().byName(name).id());
            return Texts.get("cli.user.unlocked", u.name());
        }
    }

    @Command(name = "disable")
    static final class Disable extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Override
        String work(Services services) {
            User u = services.users().setDisabled(services.users().byName(name).id(), true);
            return Texts.get("cli.user.disabled", u.name());
        }
    }

    @Command(name = "enable")
    static final class Enable extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Override
        String work(Services services) {
            User u = services.users().setDisabled(services.users().byName(name).id(), false);
            return Texts.get("cli.user.enabled", u.name());
        }
    }

    @Command(name = "role")
    static final class SetRole extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.user.name")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", converter = RoleConverter.class, descriptionKey = "cli.user.role")
        Role role;

        @Override
        String work(Services services) {
            User u = services.users().setRole(services.users().byName(name).id(), role);
            return Texts.get("cli.user.roleSet", u.name(), u.role().label());
        }
    }

    @Command(name = "cli-user")
    static final class CliUser extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", descriptionKey = "cli.user.cliUserName")
        String name;

        @Option(names = "--none", descriptionKey = "cli.user.cliUserNone")
        boolean none;

        @Override
        String work(Services services) {
            if (none) {
                services.users().setCommandLineUser(null);
                return Texts.get("cli.user.cliUserRemoved");
            }
            if (name == null) {
                services.session().require(Permission.MANAGE_USERS); // only the 管理员 learns who it is
                return services.users().commandLineUser().map(n -> Texts.get("cli.user.cliUserIs", n))
                        .orElse(Texts.get("cli.user.cliUserUnset"));
            }
            if (name.isBlank()) {
                throw new RuleViolation(Problem.error("user", "users.name.blank"));
            }
            services.users().setCommandLineUser(name);
            return Texts.get("cli.user.cliUserSet", name.strip());
        }
    }
}
