package org.normdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.normdesk.domain.DateText;
import org.normdesk.domain.Texts;
import org.normdesk.domain.WorkingDayCalendar;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk workdays add DATE N} and {@code normdesk workdays between FROM TO}: counting in
 * Chinese working days on the data folder's calendar.
 *
 * <p>Convention (as {@link WorkingDayCalendar}): the start day is not counted (期间开始的当日不计入,
 * 民法典 第201条); {@code add} prints the N-th working day after DATE; {@code between} prints the number
 * of working days in (FROM, TO], after FROM up to and including TO, 0 when TO is not after FROM.
 * When the count runs through a year without holiday data, a notice goes to stderr and the result
 * (Monday–Friday only for that year) still goes to stdout. Bad input: a Chinese message on stderr
 * and exit code 2.
 *
 * <p>The command never closes the services it is given; whoever supplies them owns them.
 */
@Command(name = "workdays")
public final class WorkdaysCommand implements Callable<Integer> {
    /** Exit code for input that cannot be used (as picocli's usage errors). */
    public static final int EXIT_USAGE = 2;

    private final Supplier<Services> services;
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "calendar.cli.help")
    boolean help;

    public WorkdaysCommand(Supplier<Services> services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** Called by picocli while it builds the command: the help texts come from the message bundle. */
    @Spec
    void init(CommandSpec commandSpec) {
        this.spec = commandSpec;
        localize(commandSpec, "calendar.cli.description");
        localize(commandSpec.subcommands().get("add").getCommandSpec(), "calendar.cli.add.description");
        localize(commandSpec.subcommands().get("between").getCommandSpec(), "calendar.cli.between.description");
    }

    private static void localize(CommandSpec s, String descriptionKey) {
        s.resourceBundle(Texts.bundle());
        s.usageMessage()
                .description(Texts.get(descriptionKey))
                .footerHeading("%n")
                .footer(Texts.get("calendar.cli.convention"))
                .synopsisHeading(Texts.get("calendar.cli.usage"))
                .commandListHeading(Texts.get("calendar.cli.commands"));
        // A negative number or a stray option is read as a parameter, so that it gets a Chinese answer.
        s.parser().unmatchedOptionsArePositionalParams(true);
    }

    /** {@code workdays} alone: the help, on stderr, as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Texts.get("calendar.cli.noSubcommand"));
        spec.commandLine().usage(err);
        err.flush();
        return EXIT_USAGE;
    }

    @Command(name = "add")
    int add(@Parameters(index = "0", arity = "0..1", paramLabel = "DATE", descriptionKey = "calendar.cli.add.date")
            String date,
            @Parameters(index = "1", arity = "0..1", paramLabel = "N", descriptionKey = "calendar.cli.add.n")
            String n,
            @Parameters(index = "2..*", arity = "0..*", hidden = true) List<String> extra,
            @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "calendar.cli.help") boolean helpAsked) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> start = date(date, "DATE", err);
        if (start.isEmpty() || !noExtra(extra, err)) {
            return EXIT_USAGE;
        }
        Optional<Integer> days = workingDays(n, err);
        if (days.isEmpty()) {
            return EXIT_USAGE;
        }
        WorkingDayCalendar.DateResult result = services.get().calendar().current().addWorkingDays(start.get(), days.get());
        notice(result.notice(), err);
        print(result.date().toString());
        return 0;
    }

    @Command(name = "between")
    int between(@Parameters(index = "0", arity = "0..1", paramLabel = "FROM", descriptionKey = "calendar.cli.between.from")
                String from,
                @Parameters(index = "1", arity = "0..1", paramLabel = "TO", descriptionKey = "calendar.cli.between.to")
                String to,
                @Parameters(index = "2..*", arity = "0..*", hidden = true) List<String> extra,
                @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "calendar.cli.help") boolean helpAsked) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> a = date(from, "FROM", err);
        if (a.isEmpty()) {
            return EXIT_USAGE;
        }
        Optional<LocalDate> b = date(to, "TO", err);
        if (b.isEmpty() || !noExtra(extra, err)) {
            return EXIT_USAGE;
        }
        WorkingDayCalendar.CountResult result = services.get().calendar().current().workingDaysBetween(a.get(), b.get());
        notice(result.notice(), err);
        print(String.valueOf(result.count()));
        return 0;
    }

    private void print(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    private static void notice(String notice, PrintWriter err) {
        if (!notice.isEmpty()) {
            err.println(notice);
            err.flush();
        }
    }

    private static Optional<LocalDate> date(String text, String label, PrintWriter err) {
        if (text == null || text.isBlank()) {
            return fail(err, Texts.get("calendar.cli.missing", label));
        }
        Optional<LocalDate> d = DateText.parse(text);
        return d.isPresent() ? d : fail(err, Texts.get("calendar.cli.badDate", text));
    }

    private static Optional<Integer> workingDays(String text, PrintWriter err) {
        if (text == null || text.isBlank()) {
            return fail(err, Texts.get("calendar.cli.missing", "N"));
        }
        String t = text.strip();
        if (t.matches("\\d{1,9}") && Integer.parseInt(t) <= WorkingDayCalendar.MAX_WORKING_DAYS) {
            return Optional.of(Integer.parseInt(t));
        }
        return fail(err, Texts.get("calendar.cli.badN", text, String.valueOf(WorkingDayCalendar.MAX_WORKING_DAYS)));
    }

    private static boolean noExtra(List<String> extra, PrintWriter err) {
        if (extra == null || extra.isEmpty()) {
            return true;
        }
        fail(err, Texts.get("calendar.cli.extra", String.join(" ", extra)));
        return false;
    }

    private static <T> Optional<T> fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return Optional.empty();
    }
}
