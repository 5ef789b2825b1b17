package org.normdesk.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

import org.normdesk.domain.Texts;
import org.normdesk.service.Services;
import org.normdesk.service.DataPassword;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command line: {@code normdesk [--data DIR] <command>}. Each command opens the
 * services of the data folder through the opener it is given (the same services as the window),
 * and speaks to the user in the words of the message bundles (Chinese first).
 */
@Command(name = "normdesk", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = NormdeskCommand.Version.class, sortOptions = false,
        subcommands = {HelpCommand.class, ListCommand.class, DemoCommand.class, BenchCommand.class,
                EvalCommand.class})
public final class NormdeskCommand implements Runnable {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private final Opener opener;
    private final Function<String, Path> folders;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.data")
    private String data;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "cli.option.user")
    private String user;

    private final Credentials credentials;

    /** Opens the services of a {@code --data} value (null: the default folder), asking {@code password} when it is encrypted. */
    @FunctionalInterface
    public interface Opener {
        Services open(String data, DataPassword password);
    }

    NormdeskCommand(Opener opener, Function<String, Path> folders, Credentials credentials) {
        this.opener = opener;
        this.folders = folders;
        this.credentials = credentials;
    }

    /**
     * The command line with UTF-8 output and Chinese (or, with {@link Texts#setLocale}, English) help
     * and errors.
     *
     * @param opener opens the services for a {@code --data} value (null: the default folder)
     */
    public static CommandLine commandLine(Function<String, Services> opener) {
        // Without a way to name the folder, opening it tells where it is (restore needs it closed, so it is closed again).
        return commandLine(opener, data -> {
            try (Services s = opener.apply(data)) {
                return s.folder();
            }
        });
    }

    /**
     * @param folders the data folder a {@code --data} value names, without opening it (restore
     *                works on a folder whose database does not open)
     */
    public static CommandLine commandLine(Function<String, Services> opener, Function<String, Path> folders) {
        return commandLine(opener, folders, Credentials.fromEnvironmentOrConsole());
    }

    /** The same with an opener that can open encrypted folders (the data-file password comes from the credentials). */
    public static CommandLine commandLine(Opener opener, Function<String, Path> folders) {
        return commandLine(opener, folders, Credentials.fromEnvironmentOrConsole());
    }

    /** @param credentials where passwords come from (tests give them directly) */
    static CommandLine commandLine(Function<String, Services> opener, Function<String, Path> folders,
                                   Credentials credentials) {
        return commandLine((Opener) (data, password) -> opener.apply(data), folders, credentials);
    }

    static CommandLine commandLine(Opener opener, Function<String, Path> folders, Credentials credentials) {
        // Flyway's and jOOQ's start-up notes would bury the output of a command; warnings still show.
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        NormdeskCommand root = new NormdeskCommand(opener, folders, credentials);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand("workdays", new WorkdaysCommand(root::open));
        cl.addSubcommand("extract", new ExtractCommand());
        cl.addSubcommand("import", new ImportCommand(ignored -> root.open()));
        cl.addSubcommand("export", new ExportCommand(root::open));
        cl.addSubcommand("stats", new StatsCommand(root::open));
        cl.addSubcommand("cleanup", new CleanupCommand(root::open));
        cl.addSubcommand("scan", new ScanCommand(ignored -> root.open()));
        cl.addSubcommand("similar", new SimilarCommand(ignored -> root.open()));
        cl.addSubcommand("backup", new BackupCommand());
        cl.addSubcommand("restore", new RestoreCommand());
        cl.addSubcommand("export-all", new ExportAllCommand());
        cl.addSubcommand("user", new UserCommand());
        cl.addSubcommand("audit", new AuditCommand());
        cl.addSubcommand("extend", new ExtendCommand());
        cl.addSubcommand("encryption", new EncryptionCommand());
        cl.setResourceBundle(Texts.bundle());
        cl.setOut(utf8(FileDescriptor.out));
        cl.setErr(utf8(FileDescriptor.err));
        cl.setExecutionExceptionHandler(CliErrors::onExecution);
        cl.setParameterExceptionHandler(CliErrors::onParameter);
        return cl;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), UTF_8), true);
    }

    /**
     * The services of the chosen data folder, signed in (see {@link CliSignIn}); the caller closes them.
     *
     * @throws org.normdesk.domain.RuleViolation when the folder has users and no one could sign in
     */
    Services open() {
        Services services = opener.open(data, dataPassword());
        services.rescuedDamagedFile().ifPresent(kept ->
                spec.commandLine().getErr().println(Texts.get("startup.rescued", kept)));
        return CliSignIn.signIn(services, user, credentials);
    }

    /** The 数据文件密码 from the credentials, asked once: a wrong one is refused, not asked again. */
    DataPassword dataPassword() {
        return (where, retry) -> retry ? java.util.Optional.empty() : credentials.dataPassword(where);
    }

    Credentials credentials() {
        return credentials;
    }

    /** The chosen data folder, not opened. */
    Path folder() {
        return folders.apply(data);
    }

    /** The services of a given folder, whatever {@code --data} says (the benchmark's temporary folder). */
    Services open(String folder) {
        return opener.open(folder, DataPassword.NONE);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** "normdesk 0.1.0", from the jar's manifest; "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"normdesk " + version()};
        }

        static String version() {
            String v = NormdeskCommand.class.getPackage().getImplementationVersion();
            return v == null || v.isBlank() ? "dev" : v;
        }
    }
}
