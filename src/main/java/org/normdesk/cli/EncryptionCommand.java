package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.service.EncryptionService;
import org.normdesk.service.Services;
import org.normdesk.service.DataKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk encryption status|on|passwd|off}: the 数据文件加密 of the data folder. Switching
 * rewrites the database file, so it runs with the window closed and, like restore, only for a
 * 管理员 (--user). The current 数据文件密码 comes from NORMDESK_DB_PASSWORD or the console; a new one
 * from NORMDESK_DB_PASSWORD (on) or NORMDESK_NEW_DB_PASSWORD (passwd), else typed twice.
 */
@Command(name = "encryption", sortOptions = false)
final class EncryptionCommand implements Callable<Integer> {

    enum Action { status, on, passwd, off }

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "status|on|passwd|off", descriptionKey = "cli.encryption.action")
    private Action action;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = root.folder();
        boolean encrypted = EncryptionService.status(folder).encrypted();
        Clock clock = Clock.systemDefaultZone();
        switch (action) {
            case status -> {
                EncryptionService.Status s = EncryptionService.status(folder);
                out.println(s.encrypted() ? Texts.get("cli.encryption.statusOn", folder, s.algorithm(), s.iterations())
                        : Texts.get("cli.encryption.statusOff", folder));
            }
            case on -> {
                if (encrypted) {
                    throw new RuleViolation(Problem.error("encryption", "encryption.alreadyOn", folder));
                }
                Opened opened = openAndClose();
                char[][] typed = root.credentials().newDataPassword(Credentials.DB_PASSWORD_VARIABLE);
                EncryptionService.encrypt(folder, clock, opened.actor(), opened.key(), typed[0], typed[1]);
                out.println(Texts.get("cli.encryption.onDone", folder));
            }
            case passwd -> {
                requireEncrypted(encrypted, folder);
                Opened opened = openAndClose();
                char[][] typed = root.credentials().newDataPassword(Credentials.NEW_DB_PASSWORD_VARIABLE);
                EncryptionService.encrypt(folder, clock, opened.actor(), opened.key(), typed[0], typed[1]);
                out.println(Texts.get("cli.encryption.passwdDone", folder));
            }
            case off -> {
                requireEncrypted(encrypted, folder);
                Opened opened = openAndClose();
                EncryptionService.decrypt(folder, clock, opened.actor(), opened.key());
                out.println(Texts.get("cli.encryption.offDone", folder));
            }
        }
        out.flush();
        return 0;
    }

    private static void requireEncrypted(boolean encrypted, Path folder) {
        if (!encrypted) {
            throw new RuleViolation(Problem.error("encryption", "encryption.notOn", folder));
        }
    }

    private record Opened(Actor actor, DataKey key) {
    }

    /**
     * Who switches and with which current key: the folder is opened (its password checked, the
     * --user signed in), then closed again, since the switch needs it closed.
     */
    private Opened openAndClose() {
        try (Services services = root.open()) {
            return new Opened(services.session().current(), services.dataKey());
        }
    }
}
