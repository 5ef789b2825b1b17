package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.service.BackupService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk backup [-o FILE]}: a verified backup of the data folder, by default a new
 * automatic generation in its {@code backups/} (and the second folder, when one is set).
 */
@Command(name = "backup", sortOptions = false)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "cli.backup.output")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = root.open()) {
            BackupService backups = services.backups();
            if (output != null) {
                print(out, backups.backupTo(output));
            } else {
                BackupService.GenerationResult g = backups.backupGeneration();
                print(out, g.backup());
                if (!g.pruned().isEmpty()) {
                    out.println(Texts.get("cli.backup.pruned", g.pruned().size()));
                }
                g.secondCopy().ifPresent(p -> out.println(Texts.get("cli.backup.secondCopy", p)));
                if (g.secondFolderProblem() != null) {
                    spec.commandLine().getErr().println(g.secondFolderProblem());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, BackupService.BackupResult r) {
        out.println(Texts.get("cli.backup.done", r.file(), Sizes.of(r.bytes()), r.documents(), r.originals()));
    }
}
