package org.normdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.service.Services;
import org.normdesk.store.Backup;
import org.normdesk.store.Database;

/**
 * kill -9 during a batch import, many times: a child JVM imports copies of the corpus files and is
 * killed (destroyForcibly) at a random moment; after each kill the data folder must open, count,
 * read through every row of every table, and hold each imported file all or nothing (a document
 * with its original file and its audit event, or none of them). An opening that had to rescue a
 * damaged file ({@code DamagedStoreRescue}) counts as opened and is printed: the checks then run on
 * the rescued file.
 *
 * <p>{@code -Dnormdesk.crash.kills=30} for a longer run (default 5); {@code -Dnormdesk.crash.seed=N}
 * repeats a run's moments.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("normdesk.crash.kills", 5);
    private static final long SEED = Long.getLong("normdesk.crash.seed", System.nanoTime());
    private static final int FILES_PER_RUN = 8;

    @TempDir
    Path dir;

    /** The openings that found the file damaged and rescued it (DamagedStoreRescue): counted, not failed. */
    private final List<String> rescued = new ArrayList<>();

    @Test
    void killedImportsLeaveADatabaseThatOpensIsWholeAndHoldsEachFileAllOrNothing() throws Exception {
        Path data = dir.resolve("data");
        seedIssuers(data);
        Random random = new Random(SEED);
        int kills = 0;
        int finished = 0;
        int lostAfterCommit = 0;
        List<String> problems = new ArrayList<>();
        for (int run = 0; run < KILLS; run++) {
            Path files = copies(dir.resolve("files-" + run), run);
            int killAfterFile = random.nextInt(FILES_PER_RUN);
            int before = countDocuments(data);
            boolean killed = runAndKill(data, files, killAfterFile, random.nextDouble(), run);
            int after = countDocuments(data);
            // a kill after the last file's commit (while the child closes) proves nothing about imports
            killed &= before >= 0 && after >= 0 && after < before + FILES_PER_RUN;
            // the files before the one killed had been reported done: any missing was lost after its commit
            if (before >= 0 && after >= 0) {
                lostAfterCommit += Math.max(0, before + killAfterFile - after);
            }
            System.out.printf("run %d: killed after %d file(s): %s, documents %d -> %d%n", run, killAfterFile, killed,
                    before, after);
            if (killed) {
                kills++;
            } else {
                finished++;
            }
            List<String> found = check(data, run);
            found.forEach(p -> System.out.println("  " + p));
            problems.addAll(found);
            if (found.stream().anyMatch(p -> p.contains("did not open"))) {
                break; // every later run would only repeat it
            }
        }
        System.out.printf("crash safety: seed %d, %d killed mid-import, %d finished first, %d problems, "
                + "%d imports lost after their commit, %d damaged file(s) rescued %s%n", SEED, kills, finished,
                problems.size(), lostAfterCommit, rescued.size(), rescued);
        assertThat(problems).as("seed " + SEED).isEmpty();
        // and after all that the folder still works: a last run, not killed, imports its files
        List<String> last = runToTheEnd(data, copies(dir.resolve("files-last"), KILLS));
        System.out.println("last run: " + String.join(" | ", last));
        assertThat(last).as("the last run's report").anyMatch(l -> l.startsWith("IMPORTED " + FILES_PER_RUN + " "));
        int documents = countDocuments(data);
        System.out.printf("crash safety: %d documents at the end%n", documents);
        assertThat(kills).as("most runs must be killed mid-import, or the test proves nothing").isGreaterThan(KILLS / 2);
        assertThat(documents).as("the runs got some documents in").isPositive();
    }

    /** The organs of the corpus, so that its files import (an unknown issuer fails a file). */
    private static void seedIssuers(Path data) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Corpus.Entry e : Corpus.entries()) {
            names.add(e.truth().issuer());
            names.add(e.truth().textIssuer());
            names.addAll(e.truth().coIssuers());
        }
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "crash-test")) {
            int i = 0;
            for (String name : names) {
                IssuerCategory category = name.endsWith("人民政府") ? IssuerCategory.GOVERNMENT
                        : name.endsWith("办公室") ? IssuerCategory.GOVERNMENT_OFFICE : IssuerCategory.DEPARTMENT;
                s.issuers().add(Issuer.create(name, "简" + (i++), category, LocalDate.of(2010, 1, 1)));
            }
        }
    }

    /**
     * Copies of the corpus files that import as new documents: each run's copies get their own 文号
     * and a line of their own, or they would be duplicates of the last run's.
     */
    private static Path copies(Path folder, int run) throws IOException {
        Files.createDirectories(folder);
        List<Corpus.Entry> entries = Corpus.entries();
        for (int i = 0; i < FILES_PER_RUN; i++) {
            Corpus.Entry e = entries.get(i % entries.size());
            String text = Files.readString(e.file(), StandardCharsets.UTF_8);
            String number = e.truth().docNumber();
            int serial = 1000 + run * FILES_PER_RUN + i;
            if (number != null) {
                text = text.replace(number, number.replaceFirst("\\d+号$", serial + "号"));
            }
            text = text.replaceFirst("\n第一条", "\n（第 " + serial + " 份副本）\n第一条");
            text = text + "\n\n附：副本编号 " + serial + "\n";
            Files.writeString(folder.resolve(String.format("%02d-%s", i, e.file().getFileName())), text,
                    StandardCharsets.UTF_8);
        }
        return folder;
    }

    /**
     * Starts the child and kills it after a random number of files plus a random part of one. The
     * part is a fraction of the time the last file took (the child's own pace: a fixed delay would
     * land after the whole batch on a fast machine, and before the first file on a slow one); in
     * the first file, which also loads HanLP's dictionaries, up to a fifth of a second.
     */
    private static boolean runAndKill(Path data, Path files, int killAfterFile, double partOfAFile, int run)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), CrashImportChild.class.getName(), data.toString(),
                files.toString());
        pb.redirectError(data.resolveSibling("child-" + run + ".err").toFile());
        Process child = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long lastProgress = -1;
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                if (line.startsWith("P " + killAfterFile + "/")) {
                    long fileMillis = lastProgress < 0 ? 200 : (now - lastProgress) / 1_000_000;
                    Thread.sleep((long) (partOfAFile * fileMillis));
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                    return child.exitValue() != 0;
                }
                if (line.startsWith("P ")) {
                    lastProgress = now;
                }
            }
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    private static List<String> runToTheEnd(Path data, Path files) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), CrashImportChild.class.getName(), data.toString(),
                files.toString());
        pb.redirectError(data.resolveSibling("child-last.err").toFile());
        Process child = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith("P ")) {
                    lines.add(line);
                }
            }
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return lines;
    }

    /** What a restart finds wrong; empty when the folder is whole. */
    private List<String> check(Path data, int run) {
        List<String> problems = new ArrayList<>();
        try (Database db = Database.open(data)) {
            db.rescuedFrom().ifPresent(kept -> rescued.add("run " + run + ": " + kept.getFileName()));
            var dsl = db.dsl();
            dsl.fetchValue("select count(*) from document");
            new Backup(db).readThrough();
            Number withoutOriginal = (Number) dsl.fetchValue("select count(*) from document d where not exists "
                    + "(select 1 from original_file o where o.document_id = d.id)");
            if (withoutOriginal.intValue() > 0) {
                problems.add("run " + run + ": " + withoutOriginal + " document(s) without their original file");
            }
            Number withoutEvent = (Number) dsl.fetchValue("select count(*) from document d where not exists "
                    + "(select 1 from audit_event a where a.entity = 'DOCUMENT' and a.entity_id = d.id)");
            if (withoutEvent.intValue() > 0) {
                problems.add("run " + run + ": " + withoutEvent + " document(s) without their audit event");
            }
        } catch (RuntimeException e) {
            problems.add("run " + run + ": the folder did not open or read whole: " + e.getMessage());
        }
        return problems;
    }

    private int countDocuments(Path data) {
        try (Database db = Database.open(data)) {
            db.rescuedFrom().ifPresent(kept -> rescued.add("count: " + kept.getFileName()));
            return ((Number) db.dsl().fetchValue("select count(*) from document")).intValue();
        } catch (RuntimeException e) {
            return -1; // reported by check()
        }
    }
}
