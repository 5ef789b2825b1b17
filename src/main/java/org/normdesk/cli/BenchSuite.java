package org.normdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.service.BenchMaterials;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.ImportReport;
import org.normdesk.service.PeakMemory;
import org.normdesk.service.Progress;
import org.normdesk.service.ScanBench;
import org.normdesk.service.Services;

/**
 * {@code normdesk bench}: the whole performance suite in one run, on a synthetic register (100,000
 * documents unless told otherwise) in a throw-away data folder. Every figure is printed beside its
 * target; the comparisons show what a reviewer would do without normdesk. See README, “性能”.
 */
final class BenchSuite {
    private static final double SEARCH_TARGET_MS = 100;
    private static final double IMPORT_TARGET_MS = 200;
    private static final double TALLY_TARGET_MS = 200;
    private static final double EXPORT_TARGET_MS = 3_000;
    private static final double START_TARGET_MS = 2_000;
    private static final long RSS_TARGET_MB = 400;
    private static final int EXPORT_ROWS = 5_000;
    private static final String BENCH_USER = "基准测试管理员";
    /** A launch that has not shown its window by then has failed (a start on a loaded machine takes a minute). */
    private static final int START_TIMEOUT_SECONDS = 300;

    private final NormdeskCommand root;
    private final PrintWriter out;
    private final PrintWriter err;
    private final int documents;
    private final boolean startWindow;
    private int met;
    private int measured;

    BenchSuite(NormdeskCommand root, PrintWriter out, PrintWriter err, int documents, boolean startWindow) {
        this.root = root;
        this.out = out;
        this.err = err;
        this.documents = documents;
        this.startWindow = startWindow;
    }

    int run() throws IOException {
        Path folder = Files.createTempDirectory("normdesk-bench-");
        String password = "Bench-" + Long.toHexString(System.nanoTime()) + "!";
        try {
            out.println(Texts.get("cli.bench.start", documents, folder.toString(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            out.flush();
            try (Services s = root.open(folder.toString())) {
                fill(s);
                // the index first: until it is built, a search in the register falls back to LIKE over
                // titles while the builder runs beside it, and would measure neither as a user meets them
                fullTextSearch(s, folder);
                BenchRegisterCommand register = new BenchRegisterCommand();
                register.out = out;
                register.measureQueries(s.register(), documents);
                importScanAndSearch(s, folder);
                cleanupTally(s);
                filingRegisterExport(s, folder);
                // 相似文件 last: it adds a draft and edits one document in force
                BenchSimilarCommand.measure(s, out);
                s.users().createFirstAdministrator(BENCH_USER, password.toCharArray(), password.toCharArray());
            }
            if (startWindow) {
                coldStart(folder, password);
            } else {
                note("start.window", Texts.get("cli.bench.suite.startSkipped"));
            }
            long benchRss = PeakMemory.residentKb() / 1024;
            figure("rss.peak.bench", benchRss + " MB", Texts.get("cli.bench.suite.benchRss"));
        } finally {
            try {
                BenchRegisterCommand.deleteTree(folder);
            } catch (RuntimeException e) {
                // a straggling file must not hide what the run itself threw
                err.println(folder + ": " + e);
            }
        }
        out.println(Texts.get("cli.bench.summary", met, measured));
        out.flush();
        return 0;
    }

    private void fill(Services s) {
        long t = System.nanoTime();
        var made = s.demo().loadBulk(documents, DemoCommand.ConsoleProgress.on(err));
        double seconds = (System.nanoTime() - t) / 1e9;
        figure("register.fill", String.format(Locale.ROOT, "%.1f s", seconds),
                Texts.get("cli.bench.insertNote", made.documents(), String.format(Locale.ROOT, "%.1f", seconds)));
    }

    /** The index is built once (timed), then phrases from the bodies are searched: common, middling and rare. */
    private void fullTextSearch(Services s, Path folder) {
        long t = System.nanoTime();
        s.register().updateSearchIndex();
        figure("search.index.build", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9),
                Texts.get("cli.bench.suite.indexNote", documents, folderSizeMb(folder.resolve("index"))));
        RegisterQuery first = RegisterQuery.firstPage();
        for (String term : searchTerms(s)) {
            BenchRegisterCommand.Timing timing = BenchRegisterCommand.median(() -> s.register().page(first.withText(term)));
            long total = s.register().page(first.withText(term)).total();
            judged("search.fullText", timing.wallMs(), SEARCH_TARGET_MS, "ms",
                    "\"" + term + "\" → " + Texts.get("cli.bench.rows", total) + " " + BenchRegisterCommand.cpu(timing));
        }
    }

    /** A phrase found in many bodies, one of a middling document's sentences, and one from a single document. */
    private List<String> searchTerms(Services s) {
        List<String> terms = new ArrayList<>(List.of("自公布之日起"));
        Page<RegisterRow> sample = s.register().page(RegisterQuery.firstPage());
        if (!sample.rows().isEmpty()) {
            String title = sample.rows().get(sample.rows().size() / 2).title();
            terms.add(title.length() > 6 ? title.substring(title.length() - 6) : title);
            String body = s.register().find(sample.rows().get(0).id()).orElseThrow().fullText();
            String phrase = body == null ? null : chineseRun(body.substring(body.length() / 2), 6);
            if (phrase != null) {
                terms.add(phrase);
            }
        }
        return terms;
    }

    /** The first run of at least {@code length} Chinese characters in the text, cut to that length. */
    private static String chineseRun(String text, int length) {
        var m = java.util.regex.Pattern.compile("\\p{IsHan}{" + length + ",}").matcher(text);
        return m.find() ? m.group().substring(0, length) : null;
    }

    /**
     * A 10,000-character draft as .docx: read and extracted (timed after warm-up), imported once,
     * scanned for risks; the scan beside HanLP's segmentation; then the register searched the way a
     * reviewer would without normdesk, in an .xlsx ledger.
     */
    private void importScanAndSearch(Services s, Path folder) throws IOException {
        String draft = ScanBench.draftOf(ScanBench.sampleText(), 10_000);
        Path docx = BenchMaterials.draftDocx(folder.resolve("基准测试草案.docx"), "清河县基准测试管理办法（征求意见稿）", draft);
        BenchRegisterCommand.Timing examine = BenchRegisterCommand.median(
                () -> s.imports().examineAll(List.of(docx), Progress.NONE));
        ImportCandidate candidate = s.imports().examineAll(List.of(docx), Progress.NONE).get(0);
        judged("import.docx.examine", examine.wallMs(), IMPORT_TARGET_MS, "ms",
                Texts.get("cli.bench.suite.importNote", draft.length(), candidate.status()) + " "
                        + BenchRegisterCommand.cpu(examine));
        long t = System.nanoTime();
        ImportReport report = s.imports().importAll(List.of(docx), Progress.NONE);
        figure("import.docx.store", BenchRegisterCommand.ms((System.nanoTime() - t) / 1e6),
                Texts.get("cli.bench.suite.storeNote", report.imported().size()));
        if (!report.imported().isEmpty()) {
            long id = report.imported().get(0).documentId();
            BenchRegisterCommand.Timing scan = BenchRegisterCommand.median(() -> s.risk().scan(id));
            figure("risk.scan.draft", BenchRegisterCommand.ms(scan.wallMs()),
                    Texts.get("cli.bench.suite.scanNote", s.risk().scan(id).findings().size()));
        }
        ScanBench.Figures f = ScanBench.measure(ScanBench.sampleText());
        judged("risk.scan.vsSegmentation", f.percentOfSegmentation(), 50, "%",
                Texts.get("cli.bench.scan.figures", f.chars(), fmt(f.scanCharsPerSecond()),
                        fmt(f.segmentCharsPerSecond()), fmt(f.defaultSegmentCharsPerSecond()),
                        fmt(f.percentOfSegmentation())));

        t = System.nanoTime();
        Path zip = folder.resolve("ledger.zip");
        s.fullExport().exportAll(zip, Progress.NONE);
        figure("ledger.export", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9),
                Texts.get("cli.bench.suite.ledgerExportNote", Files.size(zip) / (1024 * 1024)));
        String term = searchTerms(s).get(0);
        BenchMaterials.LedgerSearch ledger = BenchMaterials.searchLedger(zip, term);
        BenchRegisterCommand.Timing ours = BenchRegisterCommand.median(
                () -> s.register().page(RegisterQuery.firstPage().withText(term)));
        figure("ledger.xlsx.open", BenchRegisterCommand.ms(ledger.openMs()),
                Texts.get("cli.bench.suite.ledgerOpenNote", ledger.rows()));
        figure("ledger.xlsx.search", BenchRegisterCommand.ms(ledger.searchMs()),
                Texts.get("cli.bench.suite.ledgerSearchNote", term, ledger.hits(),
                        BenchRegisterCommand.ms(ours.wallMs())));
        Files.deleteIfExists(zip);
    }

    private void cleanupTally(Services s) {
        long t = System.nanoTime();
        CleanupCampaign c = s.cleanup().create(CleanupCampaign.draft("基准测试全面清理", CampaignKind.COMPREHENSIVE, null,
                s.cleanup().today(), EnumSet.noneOf(IssuerCategory.class), List.of(), null), Progress.NONE, false);
        s.cleanup().decideAsSuggested(c.id(), null, null);
        figure("cleanup.prepare", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9),
                Texts.get("cli.bench.rows", s.cleanup().items(c.id()).size()));
        BenchRegisterCommand.Timing timing = BenchRegisterCommand.median(() -> s.cleanup().tally(c.id()));
        judged("cleanup.tally", timing.wallMs(), TALLY_TARGET_MS, "ms",
                Texts.get("cli.bench.rows", s.cleanup().tally(c.id()).overall().total()) + " "
                        + BenchRegisterCommand.cpu(timing));
    }

    /** 备案登记表 of about 5,000 filings: the filings of the most recent years, then the export timed. */
    private void filingRegisterExport(Services s, Path folder) {
        int year = s.filings().today().getYear() - 1;
        while (s.filings().list(FilingQuery.all()).size() < EXPORT_ROWS && year > s.filings().today().getYear() - 15) {
            s.filings().createMissingForYear(year--);
        }
        FilingQuery query = FilingQuery.all();
        List<?> rows = s.filings().list(query);
        if (rows.size() > EXPORT_ROWS) {
            // narrow to the most recent filings until about 5,000 rows remain
            LocalDate from = s.filings().today().minusMonths(1);
            while (s.filings().list(query.between(from, s.filings().today())).size() < EXPORT_ROWS) {
                from = from.minusMonths(1);
            }
            query = query.between(from, s.filings().today());
        }
        Path target = folder.resolve("备案登记表.docx");
        FilingQuery q = query;
        long t = System.nanoTime();
        int exported = s.filings().exportRegister(q, s.filings().registerHeading(q), target);
        judged("export.filingRegister", (System.nanoTime() - t) / 1e6, EXPORT_TARGET_MS, "ms",
                Texts.get("cli.bench.rows", exported));
    }

    /**
     * Starts the application as a user would (a new JVM on the same class path), with the data
     * folder just filled; each launch signs in, shows the main window and exits, reporting its time,
     * the steps of the start and its peak memory. First as {@code java -jar} starts, without a class
     * archive; then, after one launch records the classes a start loads and the JVM dumps them into
     * a {@link ClassArchive}, three launches with it, as the installed application starts.
     */
    private void coldStart(Path folder, String password) throws IOException {
        if (!hasDisplay()) {
            note("start.window", Texts.get("cli.bench.suite.noDisplay"));
            return;
        }
        String note = Texts.get("cli.bench.suite.startNote", documents);
        Launch plain = launch(folder, password, "plain", List.of());
        if (plain == null) {
            return;
        }
        judged("start.window.plain", plain.ms(), START_TARGET_MS, "ms", Texts.get("cli.bench.suite.startPlain") + note);
        figure("start.window.plain.steps", "", plain.steps());
        long rss = plain.rssKb();
        Path classList = folder.resolve("normdesk.classlist");
        Path archive = folder.resolve("normdesk.jsa");
        if (launch(folder, password, "record", ClassArchive.recordOptions(classList)) == null) {
            return;
        }
        try {
            long t = System.nanoTime();
            ClassArchive.dump(javaExecutable(), classList, archive, System.getProperty("java.class.path"));
            figure("start.classArchive.dump", String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9),
                    Texts.get("cli.bench.suite.archiveNote", Files.size(archive) / (1024 * 1024)));
        } catch (IOException e) {
            note("start.window", Texts.get("cli.bench.suite.archiveFailed", e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<Launch> archived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Launch l = launch(folder, password, "archive-" + i, ClassArchive.useOptions(archive));
            if (l == null) {
                return;
            }
            archived.add(l);
            rss = Math.max(rss, l.rssKb());
        }
        Launch median = median(archived);
        judged("start.window", median.ms(), START_TARGET_MS, "ms", Texts.get("cli.bench.suite.startArchived") + note);
        figure("start.window.steps", "", median.steps());
        // the start as a user sees it: the first window, 登录, before any password is typed
        List<Launch> toSignIn = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> options = new ArrayList<>(ClassArchive.useOptions(archive));
            options.add("-Dnormdesk.startupProbe.until=signIn");
            Launch l = launch(folder, password, "signIn-" + i, options);
            if (l == null) {
                return;
            }
            toSignIn.add(l);
            rss = Math.max(rss, l.rssKb());
        }
        Launch firstScreen = median(toSignIn);
        judged("start.firstScreen", firstScreen.ms(), START_TARGET_MS, "ms",
                Texts.get("cli.bench.suite.startFirstScreen", documents));
        figure("start.firstScreen.steps", "", firstScreen.steps());
        if (rss > 0) {
            judged("rss.peak.window", rss / 1024.0, RSS_TARGET_MB, "MB", Texts.get("cli.bench.suite.windowRss"));
        }
    }

    /** The middle one of the launches by start time. */
    private static Launch median(List<Launch> launches) {
        return launches.stream().sorted(java.util.Comparator.comparingDouble(Launch::ms)).toList().get(launches.size() / 2);
    }

    /** One launch's figures: ms from JVM start to the painted window, peak RSS, and when each step was reached. */
    private record Launch(double ms, long rssKb, String steps) {
    }

    /** @return null when the launch did not show its window (said as a note) */
    private Launch launch(Path folder, String password, String name, List<String> jvmOptions) throws IOException {
        Path figures = folder.resolve("start-" + name + ".properties");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dnormdesk.startupProbe=" + figures, "-Dnormdesk.startupProbe.user=" + BENCH_USER,
                "-cp", System.getProperty("java.class.path"), "org.normdesk.app.Launcher", "--data", folder.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NORMDESK_PASSWORD", password);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String ended;
        try {
            if (p.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                ended = "exit " + p.exitValue();
            } else {
                p.destroyForcibly().waitFor();
                ended = Texts.get("cli.bench.suite.startTimeout", START_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
        Properties props = new Properties();
        if (Files.exists(figures)) {
            try (var in = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
                props.load(in);
            }
        }
        if (props.getProperty("startMs") == null) {
            note("start.window", Texts.get("cli.bench.suite.startFailed", props.getProperty("signIn", ended)));
            return null;
        }
        return new Launch(Double.parseDouble(props.getProperty("startMs")), Long.parseLong(props.getProperty("peakRssKb")),
                props.getProperty("steps", ""));
    }

    private static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static long folderSizeMb(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    private void judged(String name, double value, double target, String unit, String note) {
        // A percentage is a floor (at least), everything else a ceiling.
        boolean floor = unit.equals("%");
        boolean ok = floor ? value >= target : value <= target;
        measured++;
        if (ok) {
            met++;
        }
        String shown = String.format(Locale.ROOT, unit.equals("ms") ? "%.1f %s" : "%.0f %s", value, unit);
        String aim = String.format(Locale.ROOT, "%s %.0f %s", floor ? "≥" : "≤", target, unit);
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s  %s", name, shown, Texts.get("cli.bench.target", aim),
                Texts.get(ok ? "cli.bench.ok" : "cli.bench.miss"), note));
        out.flush();
    }

    private void figure(String name, String value, String note) {
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s  %s", name, value, Texts.get("cli.bench.noTarget"), note));
        out.flush();
    }

    private void note(String name, String note) {
        out.println(String.format(Locale.ROOT, "%-34s %12s  %s", name, "—", note));
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
