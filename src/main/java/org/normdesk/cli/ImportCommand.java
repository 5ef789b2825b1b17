package org.normdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * folder and prints what came in, what was a duplicate and what failed, with the reason. An Excel
 * file (.xlsx/.xls) given by name is a ledger: imported with the mapping its headings suggest, all
 * or nothing, through the same service step as the window. Exit code 0 when nothing failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把 Word/文本文件（或文件夹）导入文件台账；Excel 表格（.xlsx/.xls）按台账导入，每行一件文件")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--ledger", description = "把每个 PATH 都当作 Excel 台账（不论扩展名）")
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
            List<Path> ledgers = paths.stream().filter(p -> ledger || isExcel(p)).toList();
            List<Path> documents = paths.stream().filter(p -> !ledgers.contains(p)).toList();
            ImportReport report = combine(documents.isEmpty() ? null : services.imports().importAll(documents, progress),
                    ledgers.stream().map(p -> services.imports().importLedger(p, progress)).toList());
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

    private static boolean isExcel(Path p) {
        String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        return !Files.isDirectory(p) && (name.endsWith(".xlsx") || name.endsWith(".xls"));
    }

    /** One report for the documents and every ledger, in the order they were imported. */
    private static ImportReport combine(ImportReport documents, List<ImportReport> ledgers) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> failed = new ArrayList<>();
        boolean cancelled = false;
        List<ImportReport> all = new ArrayList<>();
        if (documents != null) {
            all.add(documents);
        }
        all.addAll(ledgers);
        for (ImportReport r : all) {
            imported.addAll(r.imported());
            duplicates.addAll(r.duplicates());
            failed.addAll(r.failed());
            cancelled |= r.cancelled();
        }
        return new ImportReport(imported, duplicates, failed, cancelled);
    }
}
