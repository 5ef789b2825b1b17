package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.service.FullExportService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code normdesk export-all -o FILE.zip}: the whole register as .xlsx sheets plus the original files. */
@Command(name = "export-all", sortOptions = false)
final class ExportAllCommand implements Callable<Integer> {

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "cli.exportAll.output")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = root.open()) {
            FullExportService.Result r = services.fullExport()
                    .exportAll(output, DemoCommand.ConsoleProgress.on(spec.commandLine().getErr()))
                    .orElseThrow();
            out.println(Texts.get("cli.exportAll.done", r.file(), Sizes.of(r.bytes()), r.documents(), r.originals()));
        }
        out.flush();
        return 0;
    }
}
