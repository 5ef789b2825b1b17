package org.normdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.service.Json;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk stats --year Y [--json]} (or {@code stats filing …}): the year's 备案 figures per
 * issuer category, and the paragraph for the 法治政府建设年度报告.
 */
@Command(name = "stats", sortOptions = false, subcommands = StatsCommand.Filing.class)
final class StatsCommand implements Runnable {
    private final Supplier<Services> opener;

    @Spec
    private CommandSpec spec;

    StatsCommand(Supplier<Services> opener) {
        this.opener = opener;
    }

    /** {@code stats --year Y}: the filing figures are the statistics there are, so they need no sub-command. */
    @Option(names = "--year", paramLabel = "Y", converter = Converters.YearConverter.class,
            descriptionKey = "cli.export.year")
    private Integer year;

    @Option(names = "--json", descriptionKey = "cli.stats.json")
    private boolean json;

    @Override
    public void run() {
        if (year == null) {
            throw new ParameterException(spec.commandLine(), Texts.get("cli.stats.which"));
        }
        Filing.print(opener, year, json, spec.commandLine().getOut());
    }

    @Command(name = "filing", sortOptions = false)
    static final class Filing implements Callable<Integer> {
        private static final int[] WIDTHS = {18, 8, 8, 8, 8, 8, 10, 8};

        @ParentCommand
        private StatsCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y", converter = Converters.YearConverter.class,
                descriptionKey = "cli.export.year")
        private int year;

        @Option(names = "--json", descriptionKey = "cli.stats.json")
        private boolean json;

        @Override
        public Integer call() {
            print(parent.opener, year, json, spec.commandLine().getOut());
            return 0;
        }

        static void print(Supplier<Services> opener, int year, boolean json, PrintWriter out) {
            try (Services services = opener.get()) {
                List<FilingFigures> figures = services.filings().statistics(year);
                String paragraph = services.filings().statisticsParagraph(year);
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("year", year);
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (FilingFigures f : figures) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("category", f.category() == null ? "ALL" : f.category().name());
                        m.put("made", f.made());
                        m.put("filed", f.filed());
                        m.put("onTime", f.onTime());
                        m.put("complete", f.complete());
                        m.put("passed", f.passed());
                        m.put("corrected", f.corrected());
                        m.put("filingRate", f.filingRate());
                        m.put("onTimeRate", f.onTimeRate());
                        m.put("completeRate", f.completeRate());
                        m.put("passRate", f.passRate());
                        m.put("correctionRate", f.correctionRate());
                        rows.add(m);
                    }
                    doc.put("figures", rows);
                    doc.put("paragraph", paragraph);
                    out.println(Json.write(doc));
                } else {
                    out.println(Texts.get("cli.stats.heading", year));
                    out.println(TextTable.line(List.of(Texts.get("cli.stats.category"), Texts.get("cli.stats.made"),
                            Texts.get("cli.stats.filed"), Texts.get("cli.stats.filingRate"),
                            Texts.get("cli.stats.onTimeRate"), Texts.get("cli.stats.completeRate"),
                            Texts.get("cli.stats.passRate"), Texts.get("cli.stats.correctionRate")), WIDTHS));
                    out.println(TextTable.rule(WIDTHS));
                    for (FilingFigures f : figures) {
                        out.println(TextTable.line(List.of(
                                f.category() == null ? Texts.get("cli.stats.total") : f.category().label(),
                                String.valueOf(f.made()), String.valueOf(f.filed()),
                                FilingFigures.percent(f.filingRate()), FilingFigures.percent(f.onTimeRate()),
                                FilingFigures.percent(f.completeRate()), FilingFigures.percent(f.passRate()),
                                FilingFigures.percent(f.correctionRate())), WIDTHS));
                    }
                    out.println();
                    out.println(paragraph);
                }
            }
            out.flush();
        }
    }
}
