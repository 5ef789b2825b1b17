package org.normdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code normdesk bench cleanup}: fills a temporary data folder (deleted at the end) with the demo
 * county's documents, puts all of them into one 全面清理 campaign, takes every suggestion as the
 * decision, and times the campaign's tally (the database's GROUP BY, folded into the report's groups)
 * against its target. Filling, creating and deciding are printed as figures without a target.
 */
@Command(name = "cleanup", sortOptions = false)
final class BenchCleanupCommand implements Callable<Integer> {
    static final double TARGET_MS = 200;

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", converter = Converters.CountConverter.class,
            defaultValue = "100000", descriptionKey = "cli.bench.documents")
    private int documents;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("normdesk-bench-");
        try (Services s = bench.root.open(folder.toString())) {
            out.println(Texts.get("cli.bench.cleanup.start", documents, folder.toString(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            out.flush();
            long t = System.nanoTime();
            s.demo().loadBulk(documents, DemoCommand.ConsoleProgress.on(spec.commandLine().getErr()));
            figure(out, "cleanup.fill", seconds(t));

            t = System.nanoTime();
            CleanupCampaign c = s.cleanup().create(CleanupCampaign.draft("基准测试全面清理", CampaignKind.COMPREHENSIVE, null,
                    s.cleanup().today(), EnumSet.noneOf(IssuerCategory.class), List.of(), null), Progress.NONE, false);
            int items = s.cleanup().items(c.id()).size();
            figure(out, "cleanup.create", seconds(t) + "  " + Texts.get("cli.bench.rows", items));

            t = System.nanoTime();
            int decided = s.cleanup().decideAsSuggested(c.id(), null, null);
            figure(out, "cleanup.decideAll", seconds(t) + "  " + Texts.get("cli.bench.rows", decided));

            BenchRegisterCommand.Timing timing = BenchRegisterCommand.median(() -> s.cleanup().tally(c.id()));
            CleanupTally tally = s.cleanup().tally(c.id());
            boolean ok = timing.wallMs() <= TARGET_MS;
            out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s  %s %s", "cleanup.tally",
                    BenchRegisterCommand.ms(timing.wallMs()),
                    Texts.get("cli.bench.target", String.format(Locale.ROOT, "≤ %.0f ms", TARGET_MS)),
                    Texts.get(ok ? "cli.bench.ok" : "cli.bench.miss"), Texts.get("cli.bench.rows", tally.overall().total()),
                    BenchRegisterCommand.cpu(timing)));
            out.println(tally.paragraph());
        } finally {
            BenchRegisterCommand.deleteTree(folder);
        }
        out.flush();
        return 0;
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void figure(PrintWriter out, String name, String value) {
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s", name, value, Texts.get("cli.bench.noTarget")));
        out.flush();
    }
}
