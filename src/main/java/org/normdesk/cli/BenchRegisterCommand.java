package org.normdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.service.DemoDataService;
import org.normdesk.service.RegisterService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk bench register}: fills a temporary data folder (deleted at the end) with the demo
 * county's documents and measures what the 文件台账 asks of the database: entering documents, the
 * first page, filters, sorts, searches, a deep page, and the heap. Each query is warmed up, then
 * timed several times; the median wall time is printed beside its target, with the median CPU time of
 * the calling thread (the embedded database works on it), which a busy machine does not inflate. It
 * only measures and prints.
 */
@Command(name = "register", sortOptions = false)
final class BenchRegisterCommand implements Callable<Integer> {
    static final double TARGET_MS = 100;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    /** Documents entered one by one through RegisterService.create, to compare with the bulk path. */
    private static final int SINGLE = 500;

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", converter = Converters.CountConverter.class,
            defaultValue = "100000", descriptionKey = "cli.bench.documents")
    private int documents;

    PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("normdesk-bench-");
        try {
            try (Services services = bench.root.open(folder.toString())) {
                run(services, folder);
            }
        } finally {
            deleteTree(folder);
        }
        out.flush();
        return 0;
    }

    private void run(Services services, Path folder) {
        RegisterService register = services.register();
        out.println(Texts.get("cli.bench.start", documents, folder.toString(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.flush();

        int single = documents > 2 * SINGLE ? SINGLE : 0;
        int bulk = documents - single;
        long t0 = System.nanoTime();
        DemoDataService.Result made = services.demo().loadBulk(bulk, DemoCommand.ConsoleProgress.on(spec.commandLine().getErr()));
        double bulkSeconds = (System.nanoTime() - t0) / 1e9;
        print("register.insert.bulk", String.format(Locale.ROOT, "%,.0f docs/s", made.documents() / bulkSeconds),
                Texts.get("cli.bench.insertNote", made.documents(), String.format(Locale.ROOT, "%.1f", bulkSeconds)));
        if (single > 0) {
            double seconds = createOneByOne(services, single);
            print("register.insert.single", String.format(Locale.ROOT, "%,.0f docs/s", single / seconds),
                    Texts.get("cli.bench.singleNote", single, String.format(Locale.ROOT, "%.1f", seconds)));
        }

        // the full-text index first, as the suite does: until it is built, a search falls back to LIKE
        // over titles while the builder takes the other core, and would measure neither as a user meets them
        register.updateSearchIndex();
        measureQueries(register, documents);

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        print("heap.used", used + " MB", Texts.get("cli.bench.heapNote", rt.maxMemory() / (1024 * 1024)));
        long missed = results.stream().filter(r -> !r).count();
        out.println(Texts.get("cli.bench.summary", results.size() - missed, results.size()));
    }

    /** Times the register's queries on what is in it now. */
    void measureQueries(RegisterService register, int documents) {
        int year = register.today().getYear() - 3;
        RegisterQuery first = RegisterQuery.firstPage();
        RegisterRow sample = register.page(first.withStage(Stage.PUBLISHED).withYear(year)).rows().stream()
                .filter(r -> r.docNumber() != null).findFirst().orElse(null);
        List<String[]> queries = new ArrayList<>();
        List<Supplier<Page<RegisterRow>>> runs = new ArrayList<>();
        add(queries, runs, "register.firstPage", "", () -> register.page(first));
        add(queries, runs, "register.filter.publishedInForce", "stage=PUBLISHED validity=IN_FORCE sort=PUBLISHED_ON desc",
                () -> register.page(first.withStage(Stage.PUBLISHED).withValidity(Validity.IN_FORCE)
                        .sortedBy(RegisterColumn.PUBLISHED_ON, true)));
        add(queries, runs, "register.filter.year", "year=" + year, () -> register.page(first.withYear(year)));
        add(queries, runs, "register.filter.township", "issuerCategory=TOWNSHIP",
                () -> register.page(first.withIssuerCategory(IssuerCategory.TOWNSHIP)));
        add(queries, runs, "register.sort.issuer", "sort=ISSUER asc",
                () -> register.page(first.sortedBy(RegisterColumn.ISSUER, false)));
        add(queries, runs, "register.sort.title", "sort=TITLE asc",
                () -> register.page(first.sortedBy(RegisterColumn.TITLE, false)));
        add(queries, runs, "register.sort.validUntil", "sort=VALID_UNTIL desc",
                () -> register.page(first.sortedBy(RegisterColumn.VALID_UNTIL, true)));
        for (String term : List.of("财政", "秸秆", "住房公积金提取")) {
            add(queries, runs, "register.search.title", "\"" + term + "\"", () -> register.page(first.withText(term)));
        }
        if (sample != null) {
            String number = sample.docNumber();
            add(queries, runs, "register.search.docNumber", "\"" + number + "\"",
                    () -> register.page(first.withText(number)));
            String typed = number.replace('〔', '[').replace('〕', ']');
            String prefix = typed.substring(0, typed.indexOf(']') + 1);
            add(queries, runs, "register.search.docNumber", "\"" + prefix + "\"",
                    () -> register.page(first.withText(prefix)));
        }
        for (int i = 0; i < queries.size(); i++) {
            Timing t = median(runs.get(i));
            long total = runs.get(i).get().total();
            print(queries.get(i)[0], t, TARGET_MS, queries.get(i)[1] + " → " + Texts.get("cli.bench.rows", total));
        }
        int deep = Math.min(50_000, documents / 2);
        Timing deepTiming = median(() -> register.page(first.page(deep, RegisterQuery.DEFAULT_PAGE)));
        print("register.deepPage", ms(deepTiming.wallMs()), Texts.get("cli.bench.deepNote", deep) + " " + cpu(deepTiming));
    }

    private final List<Boolean> results = new ArrayList<>();

    private static void add(List<String[]> names, List<Supplier<Page<RegisterRow>>> runs, String name, String what,
                            Supplier<Page<RegisterRow>> run) {
        names.add(new String[] {name, what});
        runs.add(run);
    }

    /** Median wall time and median CPU time of the calling thread (which runs the embedded H2's work), in ms. */
    record Timing(double firstMs, double wallMs, double cpuMs) {
    }

    static Timing median(Supplier<?> query) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        query.get();
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 1; i < WARM_UP; i++) {
            query.get();
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.get();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(firstMs, wall[RUNS / 2], cpu[RUNS / 2]);
    }

    private double createOneByOne(Services services, int count) {
        Issuer issuer = services.issuers().all().stream()
                .filter(i -> i.category() == IssuerCategory.DEPARTMENT && !i.isRetired()).findFirst().orElseThrow();
        LocalDate today = services.register().today();
        int year = today.getYear();
        long t = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            LocalDate published = today.minusDays(40 + i % 300);
            services.register().create(NormativeDocument.draft(
                            issuer.name() + "基准测试第" + i + "号事项管理办法",
                            issuer.id(), DocumentKind.MEASURES).toBuilder()
                    .docNumber(issuer.shortName() + "〔" + year + "〕" + (100_000 + i) + "号")
                    .signedOn(published).publishedOn(published).effectiveOn(published.plusDays(30))
                    .validUntil(published.plusDays(30).plusYears(5).minusDays(1))
                    .fullText("第一条　为了基准测试，制定本办法。\n第二条　本办法自公布之日起30日后施行。\n")
                    .stage(Stage.PUBLISHED).build());
        }
        return (System.nanoTime() - t) / 1e9;
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String cpu(Timing t) {
        return Texts.get("cli.bench.cpu", String.format(Locale.ROOT, "%.1f ms", t.cpuMs()),
                String.format(Locale.ROOT, "%.1f ms", t.firstMs()));
    }

    /** A measured query beside its target (judged by its wall time). */
    private void print(String name, Timing t, double targetMs, String note) {
        boolean ok = t.wallMs() <= targetMs;
        results.add(ok);
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s  %s %s", name, ms(t.wallMs()),
                Texts.get("cli.bench.target", String.format(Locale.ROOT, "≤ %.0f ms", targetMs)),
                Texts.get(ok ? "cli.bench.ok" : "cli.bench.miss"), note, cpu(t)));
        out.flush();
    }

    /** A figure without a target. */
    private void print(String name, String value, String note) {
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s", name, value, Texts.get("cli.bench.noTarget"), note));
        out.flush();
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
