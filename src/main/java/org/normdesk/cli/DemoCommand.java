package org.normdesk.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;
import org.normdesk.service.DemoDataService;
import org.normdesk.service.Progress;
import org.normdesk.service.RegisterSummary;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code normdesk demo}: fills the data folder with the demo county 清河县 and says what it made. */
@Command(name = "demo", sortOptions = false)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", converter = Converters.CountConverter.class,
            defaultValue = "" + DemoDataService.DEFAULT_DOCUMENTS, descriptionKey = "cli.demo.documents")
    private int documents;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = root.open()) {
            DemoDataService.Result result = services.demo().load(documents, ConsoleProgress.on(spec.commandLine().getErr()));
            RegisterSummary summary = services.register().summary();
            out.println(Texts.get("cli.demo.done", services.folder().toString(), result.issuers(), result.documents()));
            out.println(Texts.get("cli.demo.register", summary.documents(), counts(summary.byStage())));
            if (!summary.byValidity().isEmpty()) {
                out.println(Texts.get("cli.demo.validity", counts(summary.byValidity())));
            }
        }
        out.flush();
        return 0;
    }

    /** 已公布 255 件、起草中 6 件 … in the order of the enum. */
    static String counts(Map<? extends Labelled, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> Texts.get("cli.count", e.getKey().label(), e.getValue()))
                .collect(Collectors.joining(Texts.get("cli.listSeparator")));
    }

    /** Shows "done/total" on one line of a terminal; silent when output goes to a file or a test. */
    static final class ConsoleProgress {
        private ConsoleProgress() {
        }

        static Progress on(PrintWriter err) {
            if (System.console() == null) {
                return Progress.NONE;
            }
            long[] lastShown = {-1};
            return (done, total) -> {
                long percent = total == 0 ? 100 : done * 100 / total;
                if (percent != lastShown[0]) {
                    lastShown[0] = percent;
                    err.print("\r" + Texts.get("cli.progress", done, total, percent));
                    if (done == total) {
                        err.println();
                    }
                    err.flush();
                }
                return true;
            };
        }
    }
}
