package org.normdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.normdesk.domain.Texts;
import org.normdesk.service.ImportReport;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code normdesk import PATH...}: imports Word/text files and folders into the register of the data
 * folder and prints what came in, what was a duplicate and what failed, with the reason. Exit code
 * 0 when no file failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "把 Word/文本文件（或文件夹）导入文件台账")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--ledger", description = "PATH 是 Excel 台账（.xlsx/.xls），每行一件文件")
    boolean ledger;

    private final Function<String, Services> opener;
    private final PrintStream out;

    public ImportCommand(Function<String, Services> opener) {
        this(opener, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    ImportCommand(Function<String, Services> opener, PrintStream out) {
        this.opener = opener;
        this.out = out;
    }

    @Override
    public Integer call() {
        // The data folder is the root command's --data; the opener knows it.
        try (Services services = opener.apply(null)) {
            org.normdesk.service.Progress progress = (done, total) -> {
                out.printf("\r%d/%d", done, total);
                return true;
            };
            ImportReport report = ledger ? ledgers(services, progress) : services.imports().importAll(paths, progress);
            out.println();
            report.imported().forEach(i -> out.println("+ " + i.file() + " → " + i.title()));
            report.duplicates().forEach(d -> out.println("= " + d.file() + "：" + d.reason()));
            report.failed().forEach(f -> out.println("! " + f.file() + "：" + f.reason()));
            if (report.cancelled()) {
                out.println(Texts.get("import.cancelled"));
            }
            out.println(Texts.get("import.summary", report.imported().size(), report.duplicates().size(),
                    report.failed().size()));
            return report.failed().isEmpty() ? 0 : 1;
        }
    }

    private ImportReport ledgers(Services services, org.normdesk.service.Progress progress) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> failed = new ArrayList<>();
        for (Path p : paths) {
            ImportReport r = services.imports().importLedger(p, progress);
            imported.addAll(r.imported());
            duplicates.addAll(r.duplicates());
            failed.addAll(r.failed());
        }
        return new ImportReport(imported, duplicates, failed, false);
    }
}
