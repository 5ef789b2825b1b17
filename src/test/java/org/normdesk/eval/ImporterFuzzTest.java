package org.normdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.extract.ReadProblem;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.ImportReport;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

/**
 * Issue 8, bad input everywhere: thousands of broken files made from real ones ({@link FuzzSeeds},
 * {@link Mutator}) go through the import as the window and the command line use it: Word and
 * text files through {@code examineAll}, Excel ledgers through {@code importLedger}. Every file
 * must end within a bound, without an exception escaping and without an internal error dressed up
 * as a broken file, and each refusal must be a Chinese sentence that says what is wrong and what to
 * do, never a Java exception's text. Failing inputs are kept under target/fuzz/failures.
 *
 * <p>{@code -Dnormdesk.fuzz.inputs=5000} for a long run, {@code -Dnormdesk.fuzz.seed=N} for other files
 * (the default seed makes every run the same).
 */
class ImporterFuzzTest {
    private static final int INPUTS = Integer.getInteger("normdesk.fuzz.inputs", 150);
    private static final long SEED = Long.getLong("normdesk.fuzz.seed", 20250608L);
    /**
     * The bound on one file, in CPU seconds of the thread importing it: the build machine is shared,
     * so wall time says more about the neighbours than about the import. A file also fails when it
     * takes longer than {@link #WALL_BOUND_SECONDS} of wall time (a wait that never ends).
     */
    private static final long BOUND_SECONDS = Long.getLong("normdesk.fuzz.boundSeconds", 10);
    private static final long WALL_BOUND_SECONDS = Long.getLong("normdesk.fuzz.wallBoundSeconds", 120);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Path OUT = Path.of("target", "fuzz");
    /** What a message for the user must never contain: a class name or an exception's own words. */
    private static final Pattern RAW = Pattern.compile(
            "(java|javax|org\\.apache|sun|com\\.sun)\\.[a-z]|Exception|Error\\b|\\bat [a-z]+\\.|Zip|zip file|EOF|null");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    /** @param internal the refusal hides an error of the program itself (ReadProblem.INTERNAL) */
    record Outcome(boolean accepted, List<String> messages, boolean internal) {
        Outcome(boolean accepted, List<String> messages) {
            this(accepted, messages, false);
        }
    }

    @Test
    void brokenFilesAreRefusedWithAMessageAndNothingHangsOrCrashes() throws Exception {
        List<FuzzSeeds.Seed> seeds = FuzzSeeds.build(OUT.resolve("seeds"));
        Mutator mutator = new Mutator(new Random(SEED), seeds);
        Path inputs = dir.resolve("inputs");
        int rejected = 0;
        int accepted = 0;
        long slowest = 0;
        String slowestInput = "";
        List<String> crashes = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        List<String> badMessages = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        java.util.concurrent.atomic.AtomicReference<Thread> workerThread = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon(workerThread));
        List<Path> replay = replayFiles();
        int total = replay.isEmpty() ? INPUTS : replay.size();
        try (Services services = Services.open(dir.resolve("data"), Clock.systemDefaultZone(), "fuzz")) {
            for (Issuer i : Variants.KNOWN_ISSUERS) {
                services.issuers().add(i);
            }
            for (Corpus.Entry e : Corpus.entries()) {
                if (services.issuers().all().stream().noneMatch(i -> i.name().equals(e.truth().issuer()))) {
                    services.issuers().add(Issuer.create(e.truth().issuer(), e.truth().issuer().substring(0, 2),
                            IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
                }
            }
            // HanLP's dictionaries and POI's classes load on the first file: not part of any input's time
            Path warmUp = inputs.resolve("warm-up.docx");
            FuzzSeeds.write(warmUp, seeds.stream().filter(x -> x.kind() == FuzzSeeds.Kind.DOCX).findFirst().orElseThrow().bytes());
            worker.submit(() -> importOne(services, warmUp)).get();
            long began = System.nanoTime();
            for (int n = 0; n < total; n++) {
                Mutator.Mutant m = replay.isEmpty() ? mutator.next() : replayed(replay.get(n));
                if (n > 0 && n % 100 == 0) {
                    System.out.printf("fuzz: %d inputs in %d s%n", n, (System.nanoTime() - began) / 1_000_000_000L);
                }
                kinds.add(m.how().split(":")[0]);
                Path file = inputs.resolve(String.format("%05d.%s", n, m.extension()));
                FuzzSeeds.write(file, m.bytes());
                long start = System.nanoTime();
                long[] cpuStart = {-1};
                Future<Outcome> run = worker.submit(() -> {
                    cpuStart[0] = THREADS.getCurrentThreadCpuTime();
                    return importOne(services, file);
                });
                Outcome outcome = null;
                long cpu = 0;
                try {
                    while (outcome == null) {
                        try {
                            outcome = run.get(250, TimeUnit.MILLISECONDS);
                        } catch (TimeoutException stillRunning) {
                            Thread t = workerThread.get();
                            cpu = cpuStart[0] < 0 || t == null ? 0 : THREADS.getThreadCpuTime(t.getId()) - cpuStart[0];
                            long wall = System.nanoTime() - start;
                            if (cpu > BOUND_SECONDS * 1_000_000_000L || wall > WALL_BOUND_SECONDS * 1_000_000_000L) {
                                throw stillRunning;
                            }
                        }
                    }
                } catch (TimeoutException e) {
                    run.cancel(true);
                    hangs.add(keep(file, m) + " still running after " + cpu / 1_000_000 + " ms of CPU");
                    // the stuck thread may go on: give the next input a fresh one
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon(workerThread));
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    crashes.add(keep(file, m) + " " + e.getCause());
                    continue;
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (ms > slowest) {
                    slowest = ms;
                    slowestInput = m.how();
                }
                if (outcome.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
                for (String message : outcome.messages()) {
                    if (message == null || !CHINESE.matcher(message).find() || RAW.matcher(message).find()) {
                        badMessages.add(keep(file, m) + " “" + message + "”");
                    }
                }
                if (outcome.internal()) {
                    crashes.add(keep(file, m) + " internal error behind a broken-file message: " + outcome.messages());
                }
                Files.delete(file);
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz: %d inputs tried, %d rejected with a message, %d accepted, %d crashes, %d hangs, "
                        + "slowest %d ms wall (%s); seed %d, %d seeds, mutations %s%n", total, rejected, accepted,
                crashes.size(), hangs.size(), slowest, slowestInput, SEED, seeds.size(), new java.util.TreeSet<>(kinds));
        assertThat(crashes).as("inputs that crashed the import").isEmpty();
        assertThat(hangs).as("inputs that hung the import").isEmpty();
        assertThat(badMessages).as("refusals that are not a clear Chinese sentence").isEmpty();
        if (replay.isEmpty()) {
            assertThat(rejected).as("broken files are refused").isGreaterThan(total / 3);
        }
    }

    /** One file through the import the way the window routes it: a ledger by its extension, else a document. */
    private static Outcome importOne(Services services, Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            ImportReport report = services.imports().importLedger(file, Progress.NONE);
            List<String> messages = new ArrayList<>();
            report.failed().forEach(s -> messages.add(s.reason()));
            report.duplicates().forEach(s -> messages.add(s.reason()));
            // a ledger is accepted when it was read (its rows may still be refused one by one, with a message)
            boolean read = report.failed().stream().noneMatch(s -> s.file().equals(file));
            return new Outcome(read, messages);
        }
        List<ImportCandidate> candidates = services.imports().examineAll(List.of(file), Progress.NONE);
        assertThat(candidates).hasSize(1);
        ImportCandidate c = candidates.get(0);
        if (c.status() == ImportCandidate.Status.UNREADABLE) {
            return new Outcome(false, List.of(c.reason()), c.failure().problem() == ReadProblem.INTERNAL);
        }
        assertThat(c.proposed()).isNotNull();
        return new Outcome(true, c.duplicateReason() == null ? List.of() : List.of(c.duplicateReason()));
    }

    /** Keeps a failing input for a person to open (and {@code -Dnormdesk.fuzz.replay} to run again), and names it. */
    private static String keep(Path file, Mutator.Mutant m) {
        String name;
        try {
            Path kept = OUT.resolve("failures").resolve(file.getFileName());
            FuzzSeeds.write(kept, m.bytes());
            name = kept + " (" + m.how() + ")";
        } catch (java.io.IOException e) {
            name = file + " (" + m.how() + ")";
        }
        System.out.println("fuzz failure: " + name);
        return name;
    }

    /** {@code -Dnormdesk.fuzz.replay=DIR}: the files kept there, instead of new ones. */
    private static List<Path> replayFiles() throws java.io.IOException {
        String dir = System.getProperty("normdesk.fuzz.replay");
        if (dir == null || dir.isBlank()) {
            return List.of();
        }
        try (var files = Files.list(Path.of(dir))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Mutator.Mutant replayed(Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        return new Mutator.Mutant("replay:" + name, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
    }

    private static java.util.concurrent.ThreadFactory daemon(java.util.concurrent.atomic.AtomicReference<Thread> made) {
        return r -> {
            Thread t = new Thread(r, "fuzz-import");
            t.setDaemon(true);
            made.set(t);
            return t;
        };
    }
}
