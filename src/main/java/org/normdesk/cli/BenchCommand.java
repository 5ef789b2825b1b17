package org.normdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code normdesk bench}: measurements on a throw-away data folder. */
@Command(name = "bench", subcommands = {BenchRegisterCommand.class, BenchScanCommand.class, BenchCleanupCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
