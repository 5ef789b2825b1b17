package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT_TALLY;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;

/**
 * How many documents stand in each (stage, 时效性), kept by the database itself, so that the counts
 * the register needs most (the 工作台's figures, the register filtered by 阶段 and 时效性) sum a few
 * rows instead of walking every matching index entry: at 100,000 documents, counting the 32,000
 * published documents in force one entry at a time took 70–120 ms, the register's whole budget.
 *
 * <p>Kept as deltas (table {@code document_tally}, migration V14): {@link DocumentTallyTrigger} adds
 * (stage, 时效性, ±1) in the changing transaction. Rows are only ever added, so two writers never
 * wait for each other on a shared counter, and every reader sees the counts of its own snapshot. A
 * reader that finds more than {@link #FOLD_ABOVE} rows folds them into one per key.
 */
public final class DocumentTally {
    /** Beyond this many rows, summing them costs more than folding them once. */
    static final int FOLD_ABOVE = 500;

    /** One key's count: a stage and a 时效性 (null for documents without one, e.g. drafts). */
    public record Key(Stage stage, Validity validity) {
    }

    private final DSLContext own;

    /** @param own the database's own context: a fold runs in a transaction of its own */
    DocumentTally(DSLContext own) {
        this.own = own;
    }

    /** Lets the database keep the tally (see {@link DocumentTallyTrigger}). */
    static void watch(DSLContext dsl) {
        dsl.execute("CREATE TRIGGER IF NOT EXISTS document_tally_keeper AFTER INSERT, UPDATE, DELETE ON document "
                + "FOR EACH ROW CALL '" + DocumentTallyTrigger.class.getName() + "'");
    }

    /**
     * The count of each key with any documents, as {@code dsl} sees the register (inside a
     * transaction: its own changes included).
     */
    public Map<Key, Long> counts(DSLContext dsl) {
        Map<Key, Long> counts = new HashMap<>();
        long rows = 0;
        for (Record4<String, String, BigDecimal, Integer> r : dsl
                .select(DOCUMENT_TALLY.STAGE, DOCUMENT_TALLY.VALIDITY, DSL.sum(DOCUMENT_TALLY.DOCUMENTS), DSL.count())
                .from(DOCUMENT_TALLY)
                .groupBy(DOCUMENT_TALLY.STAGE, DOCUMENT_TALLY.VALIDITY)
                .fetch()) {
            rows += r.value4();
            long documents = r.value3().longValueExact();
            if (documents != 0) {
                counts.put(new Key(Stage.valueOf(r.value1()), r.value2() == null ? null : Validity.valueOf(r.value2())),
                        documents);
            }
        }
        if (rows > FOLD_ABOVE) {
            fold();
        }
        return counts;
    }

    /** How many documents are in {@code stage} (any when null) with {@code validity} (any when null). */
    public long count(DSLContext dsl, Stage stage, Validity validity) {
        return counts(dsl).entrySet().stream()
                .filter(e -> (stage == null || e.getKey().stage() == stage)
                        && (validity == null || e.getKey().validity() == validity))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * Replaces the committed rows by one per key, in a transaction of its own: it reads them, then
     * deletes every row up to the highest it read. A row that another transaction added but had not
     * committed is neither read nor deleted (the delete does not see it, so it does not wait for
     * it either), and stays for the next fold. One that committed between the read and the delete
     * would be deleted uncounted: the delete then removes more rows than were read, and the fold
     * rolls back. The counts stay right either way.
     */
    synchronized void fold() {
        try {
            own.transaction(cfg -> {
                DSLContext tx = DSL.using(cfg);
                Map<Key, Long> sums = new HashMap<>();
                long highest = Long.MIN_VALUE;
                int read = 0;
                for (var r : tx.select(DOCUMENT_TALLY.SEQ, DOCUMENT_TALLY.STAGE, DOCUMENT_TALLY.VALIDITY,
                        DOCUMENT_TALLY.DOCUMENTS).from(DOCUMENT_TALLY).fetch()) {
                    read++;
                    highest = Math.max(highest, r.value1());
                    Key key = new Key(Stage.valueOf(r.value2()), r.value3() == null ? null : Validity.valueOf(r.value3()));
                    sums.merge(key, r.value4(), Long::sum);
                }
                if (read <= FOLD_ABOVE) {
                    return; // folded meanwhile
                }
                if (tx.deleteFrom(DOCUMENT_TALLY).where(DOCUMENT_TALLY.SEQ.le(highest)).execute() != read) {
                    throw new FoldRaced();
                }
                for (var e : sums.entrySet()) {
                    if (e.getValue() != 0) {
                        tx.insertInto(DOCUMENT_TALLY)
                                .set(DOCUMENT_TALLY.STAGE, e.getKey().stage().name())
                                .set(DOCUMENT_TALLY.VALIDITY, e.getKey().validity() == null ? null : e.getKey().validity().name())
                                .set(DOCUMENT_TALLY.DOCUMENTS, e.getValue())
                                .execute();
                    }
                }
            });
        } catch (FoldRaced | DataAccessException notNow) {
            // rolled back: the rows are as they were, and the next reader folds them
        }
    }

    /** A change committed between the fold's read and its delete. */
    private static final class FoldRaced extends RuntimeException {
        FoldRaced() {
            super(null, null, false, false);
        }
    }
}
