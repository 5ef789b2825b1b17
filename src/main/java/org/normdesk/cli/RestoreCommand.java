package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.service.BackupService;
import org.normdesk.service.Services;
import org.normdesk.service.DataPassword;
import org.normdesk.service.DataKey;

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
        Who who = whoRestores();
        // The backup's 数据文件密码: the open data's key when the backup has the same, else the variable or console.
        BackupService.RestoreReport r = Services.restore(folder, file, Clock.systemDefaultZone(), who.actor(),
                DataPassword.known(who.key(), DataPassword.NONE), DataPassword.known(who.key(), root.dataPassword()));
        out.println(Texts.get("cli.restore.done", r.file(), r.backupCreatedAt(), r.documents(), r.originals(), folder));
        out.println(r.safetyBackup() == null ? Texts.get("cli.restore.noSafety")
                : Texts.get("cli.restore.safety", r.safetyBackup()));
        out.flush();
        return 0;
    }

    /**
     * Restoring is the 管理员's: the folder's users decide who may. When the folder's database does
     * not open (often the reason to restore), nobody can be checked against it: the local system
     * account restores, as before accounts existed — whoever can replace the folder's files could
     * do as much by hand.
     */
    private Who whoRestores() {
        try (Services services = root.open()) {
            return new Who(services.session().current(), services.dataKey());
        } catch (RuleViolation refused) {
            throw refused;
        } catch (RuntimeException unusable) {
            // also an encrypted folder whose password is forgotten: an older backup is the way back
            return new Who(Actor.system(System.getProperty("user.name", "unknown")), null);
        }
    }

    private record Who(Actor actor, DataKey key) {
    }
}
