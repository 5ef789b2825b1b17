package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;
import org.normdesk.service.SimilarDocumentsService;
import org.normdesk.service.SimilarDocumentsService.SimilarList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk bench similar [--documents N]}: 相似文件 on a synthetic register in a temporary
 * data folder (deleted at the end). Times the first list, which makes every document's word vector
 * (segmentation), then a list as a reviewer asks for it, a list after one document in force was
 * edited (one vector made again, the index rebuilt), and the first list after the folder was opened
 * again (vectors read from the database, nothing segmented).
 */
@Command(name = "similar", sortOptions = false)
final class BenchSimilarCommand implements Callable<Integer> {
    /** An interactive action: the same ceiling as the cleanup tally's. */
    static final double TARGET_MS = 200;

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", converter = Converters.CountConverter.class,
            defaultValue = "3000", descriptionKey = "cli.bench.documents")
    private int documents;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("normdesk-bench-");
        try {
            out.println(Texts.get("cli.bench.similar.start", documents, folder.toString(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            out.flush();
            long draftId;
            try (Services s = bench.root.open(folder.toString())) {
                long t = System.nanoTime();
                s.demo().loadBulk(documents, DemoCommand.ConsoleProgress.on(spec.commandLine().getErr()));
                figure(out, "similar.fill", seconds(t), "");
                draftId = measure(s, out);
            }
            try (Services s = bench.root.open(folder.toString())) {
                long t = System.nanoTime();
                SimilarList list = s.similar().similarTo(draftId, SimilarDocumentsService.DEFAULT_LIMIT, Progress.NONE);
                figure(out, "similar.afterReopen", BenchRegisterCommand.ms((System.nanoTime() - t) / 1e6),
                        Texts.get("cli.bench.similar.reopenNote", list.compared()));
            }
        } finally {
            BenchRegisterCommand.deleteTree(folder);
        }
        out.flush();
        return 0;
    }

    /**
     * The figures on an open, filled register: returns the id of the draft compared (a revision of
     * a document in force, as a reviewer would meet it).
     */
    static long measure(Services s, PrintWriter out) {
        long t = System.nanoTime();
        int compared = s.similar().prepare(Progress.NONE).orElseThrow();
        double prepareS = (System.nanoTime() - t) / 1e9;
        figure(out, "similar.prepare", String.format(Locale.ROOT, "%.1f s", prepareS),
                Texts.get("cli.bench.similar.prepareNote", compared,
                        String.format(Locale.ROOT, "%.0f", compared / Math.max(prepareS, 1e-9))));

        RegisterQuery inForce = RegisterQuery.firstPage().withValidity(Validity.IN_FORCE);
        RegisterRow original = s.register().page(inForce).rows().get(0);
        NormativeDocument o = s.register().find(original.id()).orElseThrow();
        String text = o.fullText() == null ? "" : o.fullText();
        NormativeDocument draft = s.register().create(NormativeDocument.draft(o.title() + "（修订）", o.leadIssuerId(),
                o.kind()).toBuilder().fullText(text.replaceFirst("。", "，并加强监督检查。")).build());

        BenchRegisterCommand.Timing warm = BenchRegisterCommand.median(
                () -> s.similar().similarTo(draft.id(), SimilarDocumentsService.DEFAULT_LIMIT, Progress.NONE));
        SimilarList list = s.similar().similarTo(draft.id(), SimilarDocumentsService.DEFAULT_LIMIT, Progress.NONE);
        // The synthetic register holds several documents made from the same template (the same
        // matter under 办法 and 规定): the original may share its score with them, so its rank is shown.
        int rank = 0;
        for (int i = 0; i < list.documents().size() && rank == 0; i++) {
            rank = list.documents().get(i).id() == original.id() ? i + 1 : 0;
        }
        double best = list.documents().isEmpty() ? 0 : list.documents().get(0).score();
        long tied = list.documents().stream().filter(d -> Math.abs(d.score() - best) < 1e-9).count();
        String top = String.format(Locale.ROOT, "%.2f", best);
        judged(out, "similar.request", warm, Texts.get("cli.bench.similar.requestNote", list.compared(),
                list.documents().size(), top, tied, rank == 0 ? "—" : String.valueOf(rank)));

        NormativeDocument edited = s.register().update(o.toBuilder().fullText(text + "\n本办法由县司法局负责解释。").build());
        t = System.nanoTime();
        s.similar().similarTo(draft.id(), SimilarDocumentsService.DEFAULT_LIMIT, Progress.NONE);
        figure(out, "similar.afterEdit", BenchRegisterCommand.ms((System.nanoTime() - t) / 1e6),
                Texts.get("cli.bench.similar.editNote", edited.id()));
        return draft.id();
    }

    private static void judged(PrintWriter out, String name, BenchRegisterCommand.Timing t, String note) {
        boolean ok = t.wallMs() <= TARGET_MS;
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s  %s %s", name, BenchRegisterCommand.ms(t.wallMs()),
                Texts.get("cli.bench.target", String.format(Locale.ROOT, "≤ %.0f ms", TARGET_MS)),
                Texts.get(ok ? "cli.bench.ok" : "cli.bench.miss"), note, BenchRegisterCommand.cpu(t)));
        out.flush();
    }

    private static void figure(PrintWriter out, String name, String value, String note) {
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s", name, value, Texts.get("cli.bench.noTarget"), note));
        out.flush();
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
