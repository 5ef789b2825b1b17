package org.normdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

/**
 * The tally of documents per stage and 时效性 always equals a count of the rows, whatever changed
 * them: the application, plain SQL, a rolled-back transaction, writers and folds at the same time,
 * and a register from before the tally existed.
 */
class DocumentTallyTest {
    private static final Instant TODAY = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        // 600 documents: more tally rows than a fold waits for, and published ones in every 时效性
        try (Services services = Services.open(dir, Clock.fixed(TODAY, ZoneId.of("Asia/Shanghai")), "审核员甲")) {
            services.demo().loadBulk(600, Progress.NONE);
        }
    }

    @Test
    void theTallyAgreesWithACountOfTheRowsAfterEveryKindOfChange() {
        try (Database db = Database.open(dir)) {
            DSLContext dsl = db.dsl();
            assertThat(db.tally().counts(dsl)).isEqualTo(rowCounts(dsl)).containsKey(
                    new DocumentTally.Key(Stage.PUBLISHED, Validity.IN_FORCE));
            assertThat(dsl.fetchCount(DSL.table("document_tally")))
                    .as("the first count folded the 600 inserts into one row per key")
                    .isEqualTo(rowCounts(dsl).size());

            dsl.execute("update document set stage = 'SUBMITTED' where id in (select id from document where stage = 'DRAFTING' limit 7)");
            dsl.execute("update document set validity = 'REPEALED' where id in "
                    + "(select id from document where validity = 'IN_FORCE' limit 5)");
            dsl.execute("update document set title = title || '（修订）' where stage = 'PUBLISHED'");
            long draft = dsl.fetchSingle("select max(id) from document where stage = 'DRAFTING'").get(0, Long.class);
            dsl.execute("delete from document where id = ?", draft);

            Map<DocumentTally.Key, Long> counts = db.tally().counts(dsl);
            assertThat(counts).isEqualTo(rowCounts(dsl));
            assertThat(counts.get(new DocumentTally.Key(Stage.SUBMITTED, null))).isEqualTo(7);
            assertThat(db.tally().count(dsl, Stage.PUBLISHED, null)).isEqualTo(
                    dsl.fetchCount(DSL.table("document"), DSL.field("stage").eq("PUBLISHED")));
        }
    }

    @Test
    void aRolledBackChangeLeavesTheTallyAsItWas() {
        try (Database db = Database.open(dir)) {
            DSLContext dsl = db.dsl();
            Map<DocumentTally.Key, Long> before = db.tally().counts(dsl);
            assertThatThrownBy(() -> dsl.transaction(cfg -> {
                DSLContext tx = DSL.using(cfg);
                tx.execute("update document set stage = 'WITHDRAWN' where stage = 'DRAFTING'");
                assertThat(db.tally().count(tx, Stage.WITHDRAWN, null)).as("seen inside the transaction").isPositive();
                throw new IllegalStateException("abandoned");
            })).hasMessageContaining("abandoned");
            assertThat(db.tally().counts(dsl)).isEqualTo(before).isEqualTo(rowCounts(dsl));
        }
    }

    @Test
    void writersAndFoldsAtTheSameTimeKeepItRight() throws Exception {
        try (Database db = Database.open(dir)) {
            DSLContext dsl = db.dsl();
            List<Long> published = dsl.fetch("select id from document where stage = 'PUBLISHED'").getValues(0, Long.class);
            Validity[] validities = Validity.values();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    Random random = new Random(w);
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 400; i++) {
                            long id = published.get(random.nextInt(published.size()));
                            dsl.execute("update document set validity = ? where id = ?",
                                    validities[random.nextInt(validities.length)].name(), id);
                        }
                        return null;
                    }));
                }
                Future<?> reader = pool.submit(() -> {
                    while (writing.get()) {
                        db.tally().counts(dsl); // folds whenever more than FOLD_ABOVE rows wait
                    }
                    return null;
                });
                for (Future<?> writer : writers) {
                    writer.get();
                }
                writing.set(false);
                reader.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.tally().counts(dsl)).isEqualTo(rowCounts(dsl));
        }
    }

    @Test
    void aFoldNeitherWaitsForNorLosesAChangeNotYetCommitted() throws Exception {
        try (Database db = Database.open(dir)) {
            DSLContext dsl = db.dsl();
            db.tally().counts(dsl); // the 600 inserts folded
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                var inTransaction = new java.util.concurrent.CountDownLatch(1);
                var mayCommit = new java.util.concurrent.CountDownLatch(1);
                Future<?> writer = pool.submit(() -> {
                    dsl.transaction(cfg -> {
                        DSL.using(cfg).execute("update document set stage = 'WITHDRAWN' where id in "
                                + "(select id from document where stage = 'DRAFTING' limit 3)");
                        inTransaction.countDown();
                        mayCommit.await();
                    });
                    return null;
                });
                inTransaction.await();
                // more rows than a fold waits for, committed after the writer's uncommitted ones
                dsl.execute("update document set validity = 'EXPIRED' where id in "
                        + "(select id from document where validity = 'IN_FORCE' limit " + (DocumentTally.FOLD_ABOVE + 1) + ")");
                long started = System.nanoTime();
                db.tally().counts(dsl);
                assertThat((System.nanoTime() - started) / 1_000_000).as("ms the fold took").isLessThan(5_000);
                assertThat(dsl.fetchCount(DSL.table("document_tally"))).as("folded").isLessThan(DocumentTally.FOLD_ABOVE);
                mayCommit.countDown();
                writer.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.tally().counts(dsl)).isEqualTo(rowCounts(dsl))
                    .containsEntry(new DocumentTally.Key(Stage.WITHDRAWN, null), 3L);
        }
    }

    @Test
    void aRegisterFromBeforeTheTallyIsCountedWhenItIsMigrated() {
        Map<DocumentTally.Key, Long> truth;
        try (Database db = Database.open(dir)) {
            DSLContext dsl = db.dsl();
            truth = rowCounts(dsl);
            // as a data folder of the version before V14 left it (V15 undone too)
            dsl.execute("drop trigger document_tally_keeper");
            dsl.execute("drop table document_tally");
            dsl.execute("drop index ix_document_validity_valid_until");
            dsl.execute("create index ix_document_validity on document (validity)");
            dsl.execute("delete from \"flyway_schema_history\" where \"version\" in ('14', '15')");
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.tally().counts(db.dsl())).isEqualTo(truth);
            assertThat(db.dsl().fetchCount(DSL.table("document_tally"))).isEqualTo(truth.size());
        }
    }

    /** The counts read from the documents themselves. */
    private static Map<DocumentTally.Key, Long> rowCounts(DSLContext dsl) {
        Map<DocumentTally.Key, Long> counts = new HashMap<>();
        dsl.fetch("select stage, validity, count(*) from document group by stage, validity").forEach(r -> counts.put(
                new DocumentTally.Key(Stage.valueOf(r.get(0, String.class)),
                        r.get(1) == null ? null : Validity.valueOf(r.get(1, String.class))),
                r.get(2, Long.class)));
        return counts;
    }
}
