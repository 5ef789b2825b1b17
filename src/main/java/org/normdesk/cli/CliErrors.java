package org.normdesk.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import org.normdesk.domain.Texts;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports trouble: one Chinese sentence on stderr and exit code 2, no stack
 * trace (set NORMDESK_DEBUG=1 to see it). A refused action ({@link org.normdesk.domain.RuleViolation})
 * and an unusable data folder carry their own sentence for the user; wrong arguments are worded here.
 */
final class CliErrors {
    /** Exit code of every failure the user can do something about. */
    static final int FAILED = 2;

    private CliErrors() {
    }

    static int onExecution(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        // RuleViolation, the store's DataFolderException and StaleDataException all carry a complete
        // sentence for the user; the command line may not name the store's classes, so it trusts any message.
        String message = ex.getMessage();
        err.println(message == null || message.isBlank()
                ? Texts.get("cli.error.unexpected", ex.getClass().getSimpleName()) : message);
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    static int onParameter(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(ex));
        err.println(Texts.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    private static String describe(ParameterException ex) {
        if (ex.getCause() instanceof TypeConversionException bad) {
            return Texts.get("cli.error.badValue", name(ex.getArgSpec()), ex.getValue(), bad.getMessage());
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return Texts.get("cli.error.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            return Texts.get("cli.error.missingValue",
                    missing.getMissing().stream().map(CliErrors::name).collect(Collectors.joining("、")));
        }
        return Texts.get("cli.error.usage", ex.getMessage());
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg == null ? "?" : arg.paramLabel();
    }

    private static boolean debug() {
        String v = System.getenv("NORMDESK_DEBUG");
        return v != null && !v.isBlank() && !v.equals("0");
    }
}
