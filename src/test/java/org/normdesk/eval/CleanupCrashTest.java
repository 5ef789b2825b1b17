package org.normdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;
import org.normdesk.store.Backup;
import org.normdesk.store.Database;

/**
 * kill -9 during a cleanup's closing and publication, many times: a child JVM closes a campaign over
 * a few hundred documents (one transaction that ends documents' force, creates 修改 drafts and audits
 * each) and is killed at a random moment of it. After each kill the folder must open, read whole, and
 * hold the campaign all closed or all open: a closed campaign has every 废止/失效 document out of force,
 * every 修改 document with its linked draft and its CLOSE audit event; an open one has none of these.
 * The next run closes the campaign the killed one left open.
 *
 * <p>{@code -Dnormdesk.crash.kills=30} for a longer run (default 5); {@code -Dnormdesk.crash.seed=N}
 * repeats a run's moments.
 */
class CleanupCrashTest {
    private static final int KILLS = Integer.getInteger("normdesk.crash.kills", 5);
    private static final long SEED = Long.getLong("normdesk.crash.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void killedClosingsLeaveEachCampaignAllClosedOrAllOpen() throws Exception {
        Path data = dir.resolve("data");
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "crash-test")) {
            s.demo().loadBulk(400, Progress.NONE);
        }
        Random random = new Random(SEED);
        int killedWhileOpen = 0;
        int killedAfterCommit = 0;
        int finished = 0;
        List<String> problems = new ArrayList<>();
        for (int run = 0; run < KILLS; run++) {
            Outcome o = runAndKill(data, run, random.nextInt(1200));
            List<String> found = check(data, run);
            found.forEach(p -> System.out.println("  " + p));
            problems.addAll(found);
            State state = state(data, o.campaign);
            System.out.printf("run %d: %s, campaign %d with %d documents is %s%n", run, o.killed ? "killed" : "finished",
                    o.campaign, o.items, state);
            if (!o.killed) {
                finished++;
            } else if (state == State.CLOSED) {
                killedAfterCommit++;
            } else {
                killedWhileOpen++;
            }
            if (found.stream().anyMatch(p -> p.contains("did not open"))) {
                break;
            }
        }
        System.out.printf("cleanup crash safety: seed %d, %d kills survived (%d left the campaign open, %d came after its "
                + "commit), %d runs finished first, %d problems%n", SEED, killedWhileOpen + killedAfterCommit,
                killedWhileOpen, killedAfterCommit, finished, problems.size());
        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(killedWhileOpen).as("some kills must land inside the closing, or the test proves nothing").isPositive();
        // and the folder still works: a last run, not killed, closes what is open
        Outcome last = runAndKill(data, KILLS, -1);
        assertThat(last.killed).isFalse();
        assertThat(state(data, last.campaign)).isEqualTo(State.CLOSED);
        assertThat(check(data, KILLS)).isEmpty();
    }

    private record Outcome(boolean killed, long campaign, int items) {
    }

    private enum State { OPEN, CLOSED, UNKNOWN }

    /** Runs the child; kills it {@code afterMillis} after it starts closing ({@code -1}: lets it finish). */
    private static Outcome runAndKill(Path data, int run, long afterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), CrashCleanupChild.class.getName(), data.toString(),
                String.valueOf(run));
        pb.redirectError(data.resolveSibling("cleanup-child-" + run + ".err").toFile());
        Process child = pb.start();
        long campaign = -1;
        int items = 0;
        boolean closed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("CLOSING ")) {
                    String[] parts = line.split(" ");
                    campaign = Long.parseLong(parts[1]);
                    items = Integer.parseInt(parts[2]);
                    if (afterMillis >= 0) {
                        Thread.sleep(afterMillis);
                        child.destroyForcibly();
                        break;
                    }
                } else if (line.startsWith("CLOSED ")) {
                    closed = true;
                }
            }
        } finally {
            if (child.isAlive() && afterMillis >= 0) {
                child.destroyForcibly();
            }
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(campaign).as("the child reached the closing (see cleanup-child-%d.err)", run).isPositive();
        boolean killed = afterMillis >= 0 && child.exitValue() != 0;
        return new Outcome(killed && !closed, campaign, items);
    }

    private static State state(Path data, long campaign) {
        try (Database db = Database.open(data)) {
            Object status = db.dsl().fetchValue("select status from cleanup_campaign where id = " + campaign);
            return "CLOSED".equals(status) ? State.CLOSED : "OPEN".equals(status) ? State.OPEN : State.UNKNOWN;
        } catch (RuntimeException e) {
            return State.UNKNOWN;
        }
    }

    /** What a restart finds wrong; empty when every campaign is whole. Counted in SQL, not through the service. */
    private static List<String> check(Path data, int run) {
        List<String> problems = new ArrayList<>();
        try (Database db = Database.open(data)) {
            DSLContext dsl = db.dsl();
            new Backup(db).readThrough();
            problem(problems, run, dsl, "closed campaign(s) with a 废止/失效 document still in force",
                    "select count(*) from cleanup_item i join cleanup_campaign c on c.id = i.campaign_id "
                            + "join document d on d.id = i.document_id where c.status = 'CLOSED' "
                            + "and i.outcome in ('REPEAL', 'DECLARE_EXPIRED') and d.end_of_force is null");
            problem(problems, run, dsl, "修改 document(s) of a closed campaign without their linked draft",
                    "select count(*) from cleanup_item i join cleanup_campaign c on c.id = i.campaign_id "
                            + "where c.status = 'CLOSED' and i.outcome = 'AMEND' and not exists (select 1 from document r "
                            + "where r.id = i.revision_id and r.revises_id = i.document_id)");
            problem(problems, run, dsl, "closed campaign(s) without their CLOSE audit event",
                    "select count(*) from cleanup_campaign c where c.status = 'CLOSED' and not exists (select 1 from "
                            + "audit_event a where a.entity = 'CLEANUP_CAMPAIGN' and a.entity_id = c.id and a.action = 'CLOSE')");
            problem(problems, run, dsl, "open campaign document(s) already out of force or revised",
                    "select count(*) from cleanup_item i join cleanup_campaign c on c.id = i.campaign_id "
                            + "join document d on d.id = i.document_id where c.status = 'OPEN' "
                            + "and (d.end_of_force is not null or i.revision_id is not null)");
            problem(problems, run, dsl, "open campaign(s) with a CLOSE audit event",
                    "select count(*) from cleanup_campaign c where c.status = 'OPEN' and exists (select 1 from "
                            + "audit_event a where a.entity = 'CLEANUP_CAMPAIGN' and a.entity_id = c.id and a.action = 'CLOSE')");
            problem(problems, run, dsl, "revision draft(s) no campaign links to",
                    "select count(*) from document r where r.revises_id is not null and not exists "
                            + "(select 1 from cleanup_item i where i.revision_id = r.id)");
        } catch (RuntimeException e) {
            problems.add("run " + run + ": the folder did not open or read whole: " + e.getMessage());
        }
        return problems;
    }

    private static void problem(List<String> problems, int run, DSLContext dsl, String what, String countSql) {
        int n = ((Number) dsl.fetchValue(countSql)).intValue();
        if (n > 0) {
            problems.add("run " + run + ": " + n + " " + what);
        }
    }
}
