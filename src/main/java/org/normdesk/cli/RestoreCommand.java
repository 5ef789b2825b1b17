package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.service.BackupService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk restore FILE}: replaces the data folder's database with a backup, without asking
 * (scripts run it). The file is checked first; the data in place is kept as a safety backup.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = root.folder();
        BackupService.RestoreReport r = Services.restore(folder, file, Clock.systemDefaultZone(),
                System.getProperty("user.name", "unknown"));
        out.println(Texts.get("cli.restore.done", r.file(), r.backupCreatedAt(), r.documents(), r.originals(), folder));
        out.println(r.safetyBackup() == null ? Texts.get("cli.restore.noSafety")
                : Texts.get("cli.restore.safety", r.safetyBackup()));
        out.flush();
        return 0;
    }
}
