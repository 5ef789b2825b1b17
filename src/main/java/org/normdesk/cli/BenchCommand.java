package org.normdesk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk bench}: the whole performance suite ({@link BenchSuite}) on a throw-away data
 * folder; {@code bench register|scan|cleanup} measure one part in more detail.
 */
@Command(name = "bench", sortOptions = false,
        subcommands = {BenchRegisterCommand.class, BenchScanCommand.class, BenchCleanupCommand.class,
                BenchSimilarCommand.class})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", converter = Converters.CountConverter.class,
            defaultValue = "100000", descriptionKey = "cli.bench.documents")
    private int documents;

    @Option(names = "--no-window", descriptionKey = "cli.bench.noWindow")
    private boolean noWindow;

    @Override
    public Integer call() throws Exception {
        return new BenchSuite(root, spec.commandLine().getOut(), spec.commandLine().getErr(), documents, !noWindow).run();
    }
}
