package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code normdesk export cleanup CAMPAIGN -o FILE}: the 清理结果目录 with tally and paragraph, .docx or .xlsx. */
@Command(name = "cleanup", sortOptions = false)
final class CleanupExportCommand implements Callable<Integer> {
    @ParentCommand
    private ExportCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN", descriptionKey = "cli.cleanup.campaign")
    private String campaign;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
    private Path output;

    @Override
    public Integer call() {
        ExportCommand.checkExtension(spec, output);
        PrintWriter out = spec.commandLine().getOut();
        try (Services s = parent.open()) {
            CleanupCampaign c = s.cleanup().campaign(campaign);
            int n = s.cleanup().export(c.id(), output);
            out.println(Texts.get("cli.cleanup.exported", c.name(), n, output.toAbsolutePath()));
        }
        out.flush();
        return 0;
    }
}
