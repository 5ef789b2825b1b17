package org.normdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.domain.access.AuditBreak;
import org.normdesk.service.AuditService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code normdesk audit verify}: checks the audit log's hash chain; exit code 1 when it is broken. */
@Command(name = "audit", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    /** The exit code of a broken chain (a finding, not a usage error: those are 2). */
    static final int BROKEN = 1;

    @ParentCommand
    NormdeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AuditService.Verification v;
            try (Services services = audit.root.open()) {
                v = services.audit().verify();
            }
            if (v.intact()) {
                out.println(Texts.get("cli.audit.intact", v.events()));
                out.flush();
                return 0;
            }
            for (AuditBreak b : v.breaks()) {
                out.println(b.describe());
            }
            out.println(Texts.get("cli.audit.broken", v.events(), v.breaks().size()));
            out.flush();
            return BROKEN;
        }
    }
}
